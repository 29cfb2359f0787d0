console.log("search")
