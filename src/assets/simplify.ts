// Traditional to simplified Chinese for search queries: the papers are written in simplified
// characters, and a reader in Taiwan or Hong Kong types 貿易 or 臺灣. OpenCC's dictionaries,
// Taiwan's and Hong Kong's variants first, then the standard traditional → simplified table.
// Its own small bundle, loaded only when a query in Chinese finds nothing as typed.
import { ConverterFactory } from "opencc-js/core";
import fromHk from "opencc-js/from/hk";
import fromTw from "opencc-js/from/tw";
import toCn from "opencc-js/to/cn";

export const simplify: (text: string) => string = ConverterFactory(fromTw, fromHk, toCn);
