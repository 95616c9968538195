// Command newsparse parses news pages (HTML or plain text) into structured
// Articles and prints them as JSON.
//
//	newsparse [flags] [FILE|DIR|URL|-]...
//
// One input prints one JSON object; several inputs, a directory, or
// -format jsonl print one line per input. Exit status: 0 when every input
// parsed, 1 when some failed (each failure has a line with "error"), 2 for
// bad usage.
package main

import (
	"os"
	"runtime/debug"
)

func main() {
	// A batch of pages keeps little alive between pages, so the default
	// GOGC collects far too often. The soft limit keeps a huge input from
	// growing the heap fivefold. A user's GOGC or GOMEMLIMIT still wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
		if os.Getenv("GOMEMLIMIT") == "" {
			debug.SetMemoryLimit(1 << 30)
		}
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
