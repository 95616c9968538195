package entity_test

import (
	"fmt"

	"github.com/newsparse/newsparse/entity"
)

func ExampleFind() {
	text := "Russian Foreign Minister Sergei Lavrov met UN envoy Staffan de Mistura in Geneva. " +
		"Lavrov said the U.N. plan was a step forward."
	for _, e := range entity.Find(text) {
		fmt.Printf("%s (%s)", e.Name, e.Kind)
		for _, m := range e.Mentions {
			fmt.Printf(" [%d,%d)%q", m.Start, m.End, m.Text)
			if m.Kind != "" {
				fmt.Printf(":%s", m.Kind)
			}
		}
		if len(e.Titles) > 0 {
			fmt.Printf(" titles=%q", e.Titles)
		}
		fmt.Println()
	}
	// Output:
	// Russia (location) [0,7)"Russian":other
	// Sergei Lavrov (person) [25,38)"Sergei Lavrov" [82,88)"Lavrov" titles=["Russian Foreign Minister"]
	// United Nations (organization) [43,45)"UN" [98,102)"U.N."
	// Staffan de Mistura (person) [52,70)"Staffan de Mistura" titles=["UN envoy"]
	// Geneva (location) [74,80)"Geneva"
}

func ExampleNewMatcher() {
	m, err := entity.NewMatcher(entity.WatchList{
		Entities: []entity.WatchEntity{
			{ID: "Q458", Kind: entity.Organization, Name: "European Union", Aliases: []string{"EU"}},
			{ID: "Q4916", Kind: entity.Other, Name: "Euro"},
			{ID: "Q649", Kind: entity.Location, Name: "Moscow"},
			{ID: "Q3616", Kind: entity.Location, Name: "Tehran"},
		},
		IgnoreCase: true,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "European officials said the EU's talks in Moscow-Tehran format priced in euro."
	for _, h := range m.Match(text) {
		fmt.Printf("%s %q [%d,%d)\n", h.ID, h.Text, h.Start, h.End)
	}
	// Output:
	// Q458 "EU" [28,30)
	// Q649 "Moscow" [42,48)
	// Q3616 "Tehran" [49,55)
	// Q4916 "euro" [73,77)
}

func ExampleNewMatcher_errors() {
	_, err := entity.NewMatcher(entity.WatchList{Entities: []entity.WatchEntity{
		{ID: "a", Name: "Alpha"}, {ID: "a", Name: "Beta"},
	}})
	fmt.Println(err)
	// Output:
	// entity: watch-list entry 1 (ID "a"): duplicate ID
}
