package article

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNameWithoutAside(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Walter (W.T.) Doe", "Walter Doe"},
		{"Paulo (Augusto Mendes) Carvalho", "Paulo Carvalho"},
		{"Jane Doe (jdoe)", "Jane Doe"},
		{"Lindenau (D)", "Lindenau (D)"},             // a country code
		{"Jane Doe (SPD)", "Jane Doe (SPD)"},         // a party
		{"Jane (a b c d) Doe", "Jane (a b c d) Doe"}, // a phrase
		{"Jane Doe (Berlin/Paris)", "Jane Doe (Berlin/Paris)"},
		{"(Jane) Doe", "(Jane) Doe"},
	}
	for _, tt := range tests {
		if got := nameWithoutAside(tt.in); got != tt.want {
			t.Errorf("nameWithoutAside(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCutCopyright(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"© 2019 Jane Doe", "Jane Doe", true},
		{"(c) Jane Doe", "Jane Doe", true},
		{"©Jane Doe", "Jane Doe", true},
		{"© 2019", "", false},
		{"Copyright Jane Doe", "", false},
		{"Jane Doe", "", false},
	}
	for _, tt := range tests {
		got, ok := cutCopyright(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("cutCopyright(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestCapsSurname(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Jean DUPONT", true},
		{"Yıldız ÖZKARA", true},
		{"Anne-Claire LE GOFF", false}, // two capital words: not told from an acronym
		{"ESRO Kestrel", false},
		{"Jean DU", false},
		{"jean DUPONT", false},
		{"Jean", false},
	}
	for _, tt := range tests {
		if got := capsSurname(tt.in); got != tt.want {
			t.Errorf("capsSurname(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestInitialOf(t *testing.T) {
	tests := []struct {
		short, full string
		want        bool
	}{
		{"E. Doe", "Edward Doe", true},
		{"e. doe", "Edward Doe", true},
		{"E. Doe", "Anne Doe", false},
		{"E. Roe", "Edward Doe", false},
		{"Edward Doe", "Edward Doe", false},
		{"E. Doe", "E. Doe", false},
	}
	for _, tt := range tests {
		if got := initialOf(tt.short, tt.full); got != tt.want {
			t.Errorf("initialOf(%q, %q) = %v, want %v", tt.short, tt.full, got, tt.want)
		}
	}
}

func TestOtherRoleLabel(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Übersetzung", true},
		{"Photo:", true},
		{"Edited by", true},
		{"Translated by", true},
		{"By", false},
		{"Posted by", false},
		{"Von", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := otherRoleLabel(tt.in); got != tt.want {
			t.Errorf("otherRoleLabel(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestSiteOwner(t *testing.T) {
	tests := []struct {
		site, host, want string
	}{
		{"Dr. Jane Doe", "www.jane-doe.example", "Jane Doe"},
		{"Jane Doe's Blog", "janedoe.wordpress.com", "Jane Doe"},
		{"Prof. Dr. Jane Doe", "janedoe.example", "Jane Doe"},
		{"Jane Doe", "janedoe.example", ""},             // no mark of a person: could be a brand
		{"Harbour Lane", "www.harbourlane.example", ""}, // an outlet
		{"Dr. Jane Doe", "www.example.org", ""},         // another host
		{"Jane Doe's Blog", "example.wordpress.com", ""},
	}
	for _, tt := range tests {
		if got := siteOwner(tt.site, tt.host); got != tt.want {
			t.Errorf("siteOwner(%q, %q) = %q, want %q", tt.site, tt.host, got, tt.want)
		}
	}
}

func TestSplitCreditAside(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Martin Doe (avec Lucien Roe et Héloïse Lee)", []string{"Martin Doe", "Lucien Roe", "Héloïse Lee"}},
		{"Jane Doe (with Ann Lee)", []string{"Jane Doe", "Ann Lee"}},
		{"Jane Doe (Berlin)", []string{"Jane Doe (Berlin)"}},
		{"Pixel & i", []string{"Pixel", "i"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, splitCredit(tt.in)); diff != "" {
			t.Errorf("splitCredit(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestMetaAuthorsLonelyLetter(t *testing.T) {
	if got := metaAuthors([]string{"Pixel & i"}, ""); len(got) != 0 {
		t.Errorf("metaAuthors(Pixel & i) = %v, want none", got)
	}
	got := metaAuthors([]string{"Jane Doe & J. Roe"}, "")
	want := []Author{{Name: "Jane Doe"}, {Name: "J. Roe"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("metaAuthors (-want +got):\n%s", diff)
	}
}

func TestSurnameWords(t *testing.T) {
	org := map[string]bool{
		"Bill Roe Press":   false,
		"Wilma Press":      false,
		"Associated Press": true,
		"Press contact":    true,
		"Press":            true,
		"Press Agency":     true,
		"wilma press":      true,
	}
	for in, want := range org {
		if got := isOrgCredit(in); got != want {
			t.Errorf("isOrgCredit(%q) = %v, want %v", in, got, want)
		}
	}
	heading := map[string]bool{
		"Edda Link":    false,
		"Tom Back":     false,
		"Related Link": true,
		"Link":         true,
		"Link: Anna":   true,
		"Back to top":  true,
		"Top Ten":      true, // opening the line
		"Voir plus":    true,
		"Edda Link:":   true,
	}
	for in, want := range heading {
		if got := headingLike(in); got != want {
			t.Errorf("headingLike(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestBlogHosts checks that the host tests agree on which hosts are
// blogging services: the user's label there names a person.
func TestBlogHosts(t *testing.T) {
	for _, host := range []string{"janedoe.wordpress.com", "janedoe.medium.com", "janedoe.livejournal.com", "janedoe.jimdosite.com"} {
		if !hostedBlog(host) {
			t.Errorf("hostedBlog(%q) = false", host)
		}
		if isLoginName("jdoe", host) {
			t.Errorf("isLoginName(jdoe, %q) = true", host)
		}
		if got := hostLabels(host); slices.Contains(got, "janedoe") {
			t.Errorf("hostLabels(%q) = %q, holds the user's label", host, got)
		}
	}
	if !isLoginName("jdoe", "www.gazetterive.fr") {
		t.Error("isLoginName(jdoe, www.gazetterive.fr) = false")
	}
	if got, want := hostLabels("mode.gazetterive.fr"), []string{"gazetterive"}; !slices.Equal(got, want) {
		t.Errorf("hostLabels(mode.gazetterive.fr) = %q, want %q", got, want)
	}
}
