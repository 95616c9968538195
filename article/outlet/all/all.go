// Package all imports every outlet adapter, registering each in
// article.DefaultRegistry:
//
//	import _ "github.com/newsparse/newsparse/article/outlet/all"
package all

import (
	_ "github.com/newsparse/newsparse/article/outlet/azernews"
)
