// Package all imports every outlet adapter, registering each in
// article.DefaultRegistry:
//
//	import _ "github.com/newsparse/newsparse/article/outlet/all"
package all

import (
	_ "github.com/newsparse/newsparse/article/outlet/azernews"
	_ "github.com/newsparse/newsparse/article/outlet/digg"
	_ "github.com/newsparse/newsparse/article/outlet/macrumors"
	_ "github.com/newsparse/newsparse/article/outlet/medianews"
	_ "github.com/newsparse/newsparse/article/outlet/panarmenian"
)
