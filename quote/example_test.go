package quote_test

import (
	"fmt"

	"github.com/newsparse/newsparse/quote"
)

func ExampleFind() {
	text := `Mikhail Bogdanov arrived in Astana on Monday. "We hope that U.S. representatives will come," he said. ` +
		`Russian Foreign Minister Sergei Lavrov said that Moscow hopes to establish closer cooperation.`
	qs, err := quote.Find(text, nil)
	if err != nil {
		panic(err)
	}
	for _, q := range qs {
		fmt.Printf("%s %q\n  cue %q, speaker %q (%q)\n", q.Kind, q.Text, q.Cue.Text, q.Speaker.Name, q.Speaker.Text)
	}
	// Output:
	// direct "We hope that U.S. representatives will come,"
	//   cue "said", speaker "Mikhail Bogdanov" ("he")
	// indirect "that Moscow hopes to establish closer cooperation"
	//   cue "said", speaker "Sergei Lavrov" ("Russian Foreign Minister Sergei Lavrov")
}

func ExampleLexicon_AddVerb() {
	lex := quote.DefaultLexicon()
	lex.AddVerb("en", quote.CueVerb, "grumbled")
	qs, _ := quote.Find(`"This is far too slow," Smith grumbled.`, &quote.Options{Lexicon: lex})
	for _, q := range qs {
		fmt.Println(q.Kind, q.Cue.Text, q.Speaker.Name)
	}
	// Output:
	// direct grumbled Smith
}
