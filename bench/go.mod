module github.com/newsparse/newsparse/bench

go 1.25.0

require (
	github.com/BobuSumisu/aho-corasick v1.0.3
	github.com/newsparse/newsparse v0.0.0
	github.com/petar-dambovaliev/aho-corasick v0.0.0-20250424160509-463d218d4745
)

replace github.com/newsparse/newsparse => ../
