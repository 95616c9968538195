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
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
