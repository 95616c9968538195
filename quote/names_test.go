package quote

import "testing"

// TestSpeakerNameEdges covers names that look like other words: a surname
// in -s before a headline verb, and a month before a surname.
func TestSpeakerNameEdges(t *testing.T) {
	cases := []struct{ name, in, speaker string }{
		{"surname in -s before a known verb", "Ada Jennings Slams Budget: ‘This Cannot Pass.’", "Ada Jennings"},
		{"surname in -s before another known verb", "Tom Roberts Blasts Referee: ‘That Was a Goal.’", "Tom Roberts"},
		{"verb in -s right after the name", "Jane Doyle Attacks Budget Plan: ‘This Will Not Stand.’", "Jane Doyle"},
		{"month as a given name", "April Mellor said the plant would close.", "April Mellor"},
		{"month as a date after a preposition", "In May Smith said the plant would close.", "Smith"},
		{"month as a date after since", "Since June Okafor has argued that the plant would close.", "Okafor"},
		{"month as a given name after 'according to'", "According to April Mellor, the plant would close.", "April Mellor"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			qs := findChecked(t, c.in, nil)
			if len(qs) == 0 || qs[0].Speaker == nil {
				t.Fatalf("no attributed quote in %q: %+v", c.in, qs)
			}
			if got := qs[0].Speaker.Name; got != c.speaker {
				t.Errorf("speaker = %q, want %q", got, c.speaker)
			}
		})
	}
}

// TestFullName checks that a surname alone or after a title takes the
// fullest form seen, and that another first name keeps its own.
func TestFullName(t *testing.T) {
	f := &finder{names: map[string]string{"Trump": "Donald J. Trump"}, lex: defaultLexicon.langs["en"]}
	for in, want := range map[string]string{
		"Trump":           "Donald J. Trump",
		" Trump\n":        "Donald J. Trump",
		"Mr. Trump":       "Donald J. Trump",
		"Sen.\u00a0Trump": "Donald J. Trump",
		"Ivanka Trump":    "Ivanka Trump",
		"Mr. Fred Trump":  "Mr. Fred Trump",
		"Lowe":            "Lowe",
		"  ":              "  ",
	} {
		if got := f.fullName(in); got != want {
			t.Errorf("fullName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsDemonym(t *testing.T) {
	for w, want := range map[string]bool{
		"Russian": true, "Chinese": true, "German": true, "Top": true, "U.S.": true, "UN": true,
		"Vice": true, "Smith": false, "Tom": false, "russian": false,
	} {
		if got := isDemonym(w); got != want {
			t.Errorf("isDemonym(%q) = %v, want %v", w, got, want)
		}
	}
}
