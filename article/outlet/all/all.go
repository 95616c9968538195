// Package all imports every outlet adapter, registering each in
// article.DefaultRegistry.
package all
