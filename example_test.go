package newsparse_test

import (
	"fmt"

	"github.com/newsparse/newsparse"
)

func ExampleParse() {
	page := []byte(`The Daily Example

Council approves the new harbour bridge plan

13 February 2017 18:00 (UTC+04:00)

By Jane Holloway

The city council approved the plan for a new bridge across the harbour on Monday, ending a debate that lasted for years.`)
	a, err := newsparse.Parse(page, "")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Headline)
	fmt.Println(a.Authors[0].Name)
	fmt.Println(a.Published, a.Published.Zone)
	// Output:
	// Council approves the new harbour bridge plan
	// Jane Holloway
	// 2017-02-13T18:00:00+04:00 offset
}
