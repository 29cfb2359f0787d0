// opencc-js types its presets but not the single dictionaries under from/ and to/, which keep the bundle small.
declare module "opencc-js/from/*" {
  import type { DictGroup } from "opencc-js/core";
  const dicts: readonly DictGroup[];
  export default dicts;
}
declare module "opencc-js/to/*" {
  import type { DictGroup } from "opencc-js/core";
  const dicts: readonly DictGroup[];
  export default dicts;
}
