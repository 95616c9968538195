package quote

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files")

// seedBody returns the body of the seed article: after the byline, before "---".
func seedBody(t testing.TB) string {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "azernews-astana.txt"))
	if err != nil {
		t.Skipf("seed article: %v", err)
	}
	s := string(b)
	i := strings.Index(s, "By Kamila Aliyeva\n")
	j := strings.Index(s, "\n---\n")
	if i < 0 || j < i {
		t.Fatal("seed article: byline or end marker not found")
	}
	return strings.TrimSpace(s[i+len("By Kamila Aliyeva\n") : j])
}

type brief struct {
	Kind    Kind   `json:"kind"`
	Text    string `json:"text"`
	Cue     string `json:"cue,omitempty"`
	Speaker string `json:"speaker,omitempty"`
	Mention string `json:"mention,omitempty"`
}

func briefs(qs []Quote) []brief {
	out := make([]brief, len(qs))
	for i, q := range qs {
		out[i] = brief{Kind: q.Kind, Text: q.Text}
		if q.Cue != nil {
			out[i].Cue = q.Cue.Text
		}
		if q.Speaker != nil {
			out[i].Speaker, out[i].Mention = q.Speaker.Name, q.Speaker.Text
		}
	}
	return out
}

// briefCase is one row of a table test of Find: an input and the quotes
// it should give.
type briefCase struct {
	name string
	in   string
	want []brief
}

// findChecked runs Find, fails the test on an error and checks the spans.
func findChecked(t *testing.T, in string, opts *Options) []Quote {
	t.Helper()
	qs, err := Find(in, opts)
	if err != nil {
		t.Fatal(err)
	}
	checkSpans(t, in, qs)
	return qs
}

// runBriefCases runs each case as a subtest and compares its quotes with want.
func runBriefCases(t *testing.T, opts *Options, cases []briefCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if d := cmp.Diff(c.want, briefs(findChecked(t, c.in, opts))); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

func checkSpans(t *testing.T, text string, qs []Quote) {
	t.Helper()
	for i, q := range qs {
		if q.Start < 0 || q.End > len(text) || q.Start > q.End || text[q.Start:q.End] != q.Text {
			t.Fatalf("quote %d: bad span [%d,%d) %q", i, q.Start, q.End, q.Text)
		}
		if c := q.Cue; c != nil && text[c.Start:c.End] != c.Text {
			t.Fatalf("quote %d: bad cue span", i)
		}
		if s := q.Speaker; s != nil && text[s.Start:s.End] != s.Text {
			t.Fatalf("quote %d: bad speaker span", i)
		}
	}
}

// TestSeed checks the seed article against the expectations and a
// golden file of the whole output.
func TestSeed(t *testing.T) {
	body := seedBody(t)
	qs := findChecked(t, body, nil)
	// the expectations of the issue: quote text (a prefix), kind, speaker name, cue
	want := []struct {
		prefix  string
		kind    Kind
		speaker string
		cue     string
	}{
		{"We hope that U.S. representatives", Direct, "Mikhail Bogdanov", "said"},
		{"Last time the meeting was attended", Direct, "Mikhail Bogdanov", "said"},
		{"We expect to establish close cooperation", Direct, "Sergei Lavrov", "said"},
		{`that "this is the criterion that unites all of us."`, Partial, "Sergei Lavrov", "adding"},
		{"We will have the same delegation", Direct, "Mikhail Bogdanov", "said"},
		{"that “the task remains the same – to consolidate the ceasefire”", Partial, "Alexander Lavrentyev", "stressed"},
		{"The U.S. delegation will come as observers", Indirect, "Mikhail Bogdanov", "said"},
		{"that Moscow hopes", Indirect, "Sergei Lavrov", "said"},
		{"that Turkey, Iran, Russia, and Jordan", Indirect, "Mikhail Bogdanov", "noted"},
		{"that the same opposition groups", Indirect, "Alexander Lavrentyev", "confirmed"},
		{"that the meeting of the Joint Task Force", Indirect, "Sergei Lavrov", "explained"},
		{"that the participants in the meeting", Indirect, "Stanislav Gadzhimagomedov", "said"},
		{"on the U.S. delegation's joining", Indirect, "Russia", "stated"},
		{"the agreement between Russia, Turkey, and Iran", Indirect, "Many experts", "assessed"},
	}
	for _, w := range want {
		found := false
		for _, q := range qs {
			if !strings.HasPrefix(q.Text, w.prefix) || q.Cue == nil || q.Cue.Text != w.cue {
				continue
			}
			found = true
			if q.Kind != w.kind {
				t.Errorf("%q: kind %s, want %s", w.prefix, q.Kind, w.kind)
			}
			if q.Speaker == nil || q.Speaker.Name != w.speaker {
				t.Errorf("%q: speaker %+v, want %s", w.prefix, q.Speaker, w.speaker)
			}
		}
		if !found {
			t.Errorf("no quote %q with cue %q", w.prefix, w.cue)
		}
	}
	golden(t, filepath.Join("testdata", "seed.golden.json"), briefs(qs))
}

func golden(t *testing.T, path string, got []brief) {
	t.Helper()
	if *update {
		b, err := json.MarshalIndent(got, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	var want []brief
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, d)
	}
}

// TestMarks checks quote-mark pairing: each case lists the texts of the
// quotes expected, in order.
func TestMarks(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string
	}{
		{"straight", `"We will win the vote," he said.`, []string{"We will win the vote,"}},
		{"curly", "“We will win the vote,” he said.", []string{"We will win the vote,"}},
		{"mixed", "\"We will win the vote,” he said.", []string{"We will win the vote,"}},
		{"guillemets", "« Nous allons gagner le vote », a-t-il dit.", []string{"Nous allons gagner le vote"}},
		{"german", "„Wir werden die Wahl gewinnen“, sagte er.", []string{"Wir werden die Wahl gewinnen"}},
		{"german-reversed", "»Wir werden die Wahl gewinnen«, sagte er.", []string{"Wir werden die Wahl gewinnen"}},
		{"german-single-inside", "„Er nannte es ‚eine Farce‘ und ging“, sagte sie.", []string{"Er nannte es ‚eine Farce‘ und ging"}},
		{"cjk", "他说：「我们会赢得这次投票。」", []string{"我们会赢得这次投票。"}},
		{"nyt", "''We will win the vote,'' he said.", []string{"We will win the vote,"}},
		{"apostrophes", "AzerNews' staff said rock 'n' roll of the '90s is back, and he said \"it is great fun.\"", []string{"it is great fun."}},
		{"single-inside-double", `"He called it 'a farce' and left," she said.`, []string{"He called it 'a farce' and left,"}},
		{"split", `"We hope," he said, "that they will come."`, []string{"We hope,", "that they will come."}},
		{"stray-opener", "He said \"we will\n\nThe next paragraph is not a quote at all, and it goes on.", nil},
		{"stray-closer", "The vote” was held on Monday. Officials said nothing more.", nil},
		{"multi-paragraph", "\"We will win the first round of the vote.\n\n\"And then we will win the second round too,\" he said.", []string{"We will win the first round of the vote.", "And then we will win the second round too,"}},
		{"title", "He watched the film \"Casablanca\" twice on Monday.", nil},
		{"nickname", "A man known as “Shorty” was arrested on Monday.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, q := range findChecked(t, c.in, &Options{NoIndirect: true}) {
				got = append(got, q.Text)
			}
			if d := cmp.Diff(c.want, got); d != "" {
				t.Errorf("quotes (-want +got):\n%s", d)
			}
		})
	}
}

// TestAttribution checks kinds, cues and speakers.
func TestAttribution(t *testing.T) {
	cases := []briefCase{
		{"inverted", `"The risk is real," said Arthur Penrose, an economist at the college.`,
			[]brief{{Direct, "The risk is real,", "said", "Arthur Penrose", "Arthur Penrose, an economist at the college"}}},
		{"colon", `Lavrov said: "We expect to establish close cooperation."`,
			[]brief{{Direct, "We expect to establish close cooperation.", "said", "Lavrov", "Lavrov"}}},
		{"middle", `"We hope," he said, "that they will come." Bogdanov left.`,
			[]brief{{Direct, "We hope,", "said", "he", "he"}, {Direct, "that they will come.", "said", "he", "he"}}},
		{"pronoun", `Sergei Lavrov arrived on Monday. "We will talk," he said.`,
			[]brief{{Direct, "We will talk,", "said", "Sergei Lavrov", "he"}}},
		{"fullest-name", `Mikhail Bogdanov arrived. "We will talk," Bogdanov said.`,
			[]brief{{Direct, "We will talk,", "said", "Mikhail Bogdanov", "Bogdanov"}}},
		{"apposition", `Mikhail Bogdanov, Russia's deputy foreign minister, said that the talks would go ahead.`,
			[]brief{{Indirect, "that the talks would go ahead", "said", "Mikhail Bogdanov", "Mikhail Bogdanov, Russia's deputy foreign minister"}}},
		{"according-to", `The talks will start on Monday, according to the Kremlin.`,
			[]brief{{Indirect, "The talks will start on Monday", "according to", "Kremlin", "the Kremlin"}}},
		{"according-to-first", `According to Lavrov, the talks will start on Monday.`,
			[]brief{{Indirect, "the talks will start on Monday", "According to", "Lavrov", "Lavrov"}}},
		{"partial", `Lavrov added that "this is the criterion that unites us."`,
			[]brief{{Partial, `that "this is the criterion that unites us."`, "added", "Lavrov", "Lavrov"}}},
		{"told", `The minister told reporters that the ceasefire holds.`,
			[]brief{{Indirect, "that the ceasefire holds", "told", "minister", "The minister"}}},
		{"unnamed", `Many experts assessed the agreement as a step to peace.`,
			[]brief{{Indirect, "the agreement as a step to peace", "assessed", "Many experts", "Many experts"}}},
		{"german", `Der Minister sagte, dass die Gespräche am Montag beginnen.`,
			[]brief{{Indirect, "dass die Gespräche am Montag beginnen", "sagte", "Minister", "Der Minister"}}},
		{"german-laut", `Laut Polizei wurden zwei Radfahrer verletzt.`,
			[]brief{{Indirect, "wurden zwei Radfahrer verletzt", "Laut", "Polizei", "Polizei"}}},
		{"german-direct", `„Wir kämpfen gegen eine Flut“, sagte Tomas Berger.`,
			[]brief{{Direct, "Wir kämpfen gegen eine Flut", "sagte", "Tomas Berger", "Tomas Berger"}}},
		{"description-then-name", `In a statement, her chief legal adviser, Omar Brandt, said: "Senator Whitlow believes that reform is essential."`,
			[]brief{{Direct, "Senator Whitlow believes that reform is essential.", "said", "Omar Brandt", "her chief legal adviser, Omar Brandt"}}},
		{"inverted-description-then-name", `"It is expensive," said the firm's chief executive, Mark T. Dolan.`,
			[]brief{{Direct, "It is expensive,", "said", "Mark T. Dolan", "the firm's chief executive, Mark T. Dolan"}}},
		{"title-of", `Former Secretary of Labor Ann Whitlow said that workers should vote.`,
			[]brief{{Indirect, "that workers should vote", "said", "Ann Whitlow", "Former Secretary of Labor Ann Whitlow"}}},
		{"transcript-label", `"MORALES: Let's begin with the news from the council."`,
			[]brief{{Direct, "Let's begin with the news from the council.", "", "MORALES", "MORALES"}}},
		{"weak-verb-after-question", `"Can he really be that naive?" Whitfield continued.`,
			[]brief{{Direct, "Can he really be that naive?", "continued", "Whitfield", "Whitfield"}}},
		{"auxiliary-first-name", `"It was good," said Will Hadley, a professor at Carver University.`,
			[]brief{{Direct, "It was good,", "said", "Will Hadley", "Will Hadley, a professor at Carver University"}}},
		{"german-title-in-marks", `Laut einem Bericht der „Nordsee Rundschau“ sei die Lage ernst.`,
			[]brief{{Indirect, "sei die Lage ernst", "Laut", "Nordsee Rundschau", "einem Bericht der „Nordsee Rundschau“"}}},
		{"german-description-then-name", `„Wir sind besorgt“, sagte der Chef der Landesagentur für Umwelt, Karl-Heinz Brauer.`,
			[]brief{{Direct, "Wir sind besorgt", "sagte", "Karl-Heinz Brauer", "der Chef der Landesagentur für Umwelt, Karl-Heinz Brauer"}}},
		{"apposition-without-closing-comma", `Ida Vance, the communications director for the union said that no ballots exist.`,
			[]brief{{Indirect, "that no ballots exist", "said", "Ida Vance", "Ida Vance, the communications director for the union"}}},
		{"opening-adverb-not-a-name", `Politically, she said that no ballots exist.`,
			[]brief{{Indirect, "that no ballots exist", "said", "she", "she"}}},
		{"role-noun-before-name-and-aside", `Republican nominee Ann Whitlow, at a later stop, said, "I have been informed."`,
			[]brief{{Direct, "I have been informed.", "said", "Ann Whitlow", "Republican nominee Ann Whitlow"}}},
		{"phrasal-cue", `"You see, it works, right?" Holt went on.`,
			[]brief{{Direct, "You see, it works, right?", "went on", "Holt", "Holt"}}},
		{"phrasal-verb-not-a-cue", `"We are ready." The Assembly goes on recess in June.`,
			[]brief{{Direct, "We are ready.", "", "", ""}}},
		{"exclamation-then-cue-with-tail", `"She is the best!!!" Pruitt wrote in an email to officials.`,
			[]brief{{Direct, "She is the best!!!", "wrote", "Pruitt", "Pruitt"}}},
		{"fretted", `"It was a disaster," Smith fretted.`,
			[]brief{{Direct, "It was a disaster,", "fretted", "Smith", "Smith"}}},
		{"relative-after-dash", `The front-runner, Ellen Moss - who said that fees are too high.`,
			[]brief{{Indirect, "that fees are too high", "said", "Ellen Moss", "who"}}},
		{"mojibake-name", "\"It is over,\" said prosecutor Paul BA\u0303\u0083A\u0302\u00a9nard.",
			[]brief{{Direct, "It is over,", "said", "Paul BA\u0303\u0083A\u0302\u00a9nard", "prosecutor Paul BA\u0303\u0083A\u0302\u00a9nard"}}},
		{"guillemet-ends-mojibake", "Lavrov said: \u00abWe hope\u00c3\u00bb.",
			[]brief{{Direct, "We hope\u00c3", "said", "Lavrov", "Lavrov"}}},
		{"contracted-pronoun", "Neil Carver arrived on Monday. He\u2019ll say that the race is open.",
			[]brief{{Indirect, "that the race is open", "say", "Neil Carver", "He\u2019ll"}}},
		{"long-apposition-before-cue", `"We will just have to adapt," Walt Ambrose, who was majority leader under Mary K. Dunn, told lawmakers on a visit.`,
			[]brief{{Direct, "We will just have to adapt,", "told", "Walt Ambrose", "Walt Ambrose, who was majority leader under Mary K. Dunn"}}},
		{"adverb-after-cue-not-source", `Idaho delegate Ray Holden, wearing a "Dana Fox" pin, said matter-of-factly, "We have had better weeks."`,
			[]brief{{Direct, "We have had better weeks.", "said", "Ray Holden", "Idaho delegate Ray Holden"}}},
		{"signature-with-place", "\"It has to end.\"\n\n-Nina Cole, Tulsa.\n\nNext.",
			[]brief{{Direct, "It has to end.", "", "Nina Cole", "Nina Cole"}}},
		{"as-x-puts-it", `As Lois Fenn puts it, "House Democrats are unconvinced."`,
			[]brief{{Direct, "House Democrats are unconvinced.", "puts it", "Lois Fenn", "Lois Fenn"}}},
		{"pressed-after-question", `"Would it be optional?" Marlow pressed.`,
			[]brief{{Direct, "Would it be optional?", "pressed", "Marlow", "Marlow"}}},
		{"answered", `"I would put it this way," Holt answered.`,
			[]brief{{Direct, "I would put it this way,", "answered", "Holt", "Holt"}}},
		{"made-it-clear", `Okafor made it clear that her client wanted something cheaper.`,
			[]brief{{Indirect, "that her client wanted something cheaper", "made it clear", "Okafor", "Okafor"}}},
		{"domain-in-apposition", `"We have to act," Tara Quinn, who founded pollcheck.org tweeted.`,
			[]brief{{Direct, "We have to act,", "tweeted", "Tara Quinn", "Tara Quinn, who founded pollcheck.org"}}},
		{"party-tag-then-comma", `Sen. Paul Ridley (D-Vt.), said on Thursday that he had not read the bill.`,
			[]brief{{Indirect, "that he had not read the bill", "said", "Paul Ridley", "Sen. Paul Ridley (D-Vt.)"}}},
		{"continued-in-paragraph", `"It is a turning point," said Gary Lund, a strategist. Unless rivals quit, "it will be hard to beat him."`,
			[]brief{{Direct, "It is a turning point,", "said", "Gary Lund", "Gary Lund, a strategist"}, {Direct, "it will be hard to beat him.", "said", "Gary Lund", "Gary Lund, a strategist"}}},
		{"name-ending-in-ed-not-an-opening-participle", `Fred Hoyle, by contrast, wrote a letter urging the council to reject the plan.`,
			[]brief{{Indirect, "to reject the plan", "urging", "Fred Hoyle", "Fred Hoyle"}}},
		{"participle-takes-main-subject", `Senator Ana Ruiz gave a long speech about the Mexican economy, saying that wages must rise.`,
			[]brief{{Indirect, "that wages must rise", "saying", "Ana Ruiz", "Senator Ana Ruiz"}}},
		{"participle-after-opening-phrase", `Hours later, Ruiz returned the favour to Gomez, telling reporters that he was a friend.`,
			[]brief{{Indirect, "that he was a friend", "telling", "Ruiz", "Ruiz"}}},
		{"according-to-wraps-attributed-quote", `"We will not walk out of the hall," Ortiz said at a rally, according to the Daily Herald.`,
			[]brief{{Partial, `"We will not walk out of the hall," Ortiz said at a rally`, "according to", "Daily Herald", "the Daily Herald"},
				{Direct, "We will not walk out of the hall,", "said", "Ortiz", "Ortiz"}}},
		{"according-to-wraps-quote-said-in-a-place", `"It is too much," Ortiz said Friday in Boise, according to audio released by Lakeside Community Radio.`,
			[]brief{{Partial, `"It is too much," Ortiz said Friday in Boise`, "according to", "Lakeside Community Radio", "audio released by Lakeside Community Radio"},
				{Direct, "It is too much,", "said", "Ortiz", "Ortiz"}}},
		{"month-as-surname", `Former Prime Minister Alice May said on Sunday that the deal was dead.`,
			[]brief{{Indirect, "that the deal was dead", "said", "Alice May", "Former Prime Minister Alice May"}}},
		{"date-with-slash-in-title", `"The answers are still missing," said 9/11 widow Joan Pelham.`,
			[]brief{{Direct, "The answers are still missing,", "said", "Joan Pelham", "9/11 widow Joan Pelham"}}},
		{"description-then-role-and-name", `But one prominent critic, veteran radio host Ann Marsh, disagrees with the plan.`,
			[]brief{{Indirect, "with the plan", "disagrees", "Ann Marsh", "one prominent critic, veteran radio host Ann Marsh"}}},
		{"inverted-description-ending-in-name-then-name", `"It is over," said a former spokesman for Peru's Health Ministry, Pablo Reyes.`,
			[]brief{{Direct, "It is over,", "said", "Pablo Reyes", "a former spokesman for Peru's Health Ministry, Pablo Reyes"}}},
		{"month-as-first-name", `June Okafor, a spokeswoman for the league, said that the season would go ahead.`,
			[]brief{{Indirect, "that the season would go ahead", "said", "June Okafor", "June Okafor, a spokeswoman for the league"}}},
		{"place-after-name", `Maria Olsen, of Bangor, Me., said that the mill had closed.`,
			[]brief{{Indirect, "that the mill had closed", "said", "Maria Olsen", "Maria Olsen, of Bangor, Me."}}},
		{"clause-before-fragment-is-content", `Olsen said she had worked at the mill "for most of my life."`,
			[]brief{{Partial, `she had worked at the mill "for most of my life."`, "said", "Olsen", "Olsen"}}},
		{"ing-adjective-in-inverted-description", `"The odds are good," said a leading scholar, Ruth Adler.`,
			[]brief{{Direct, "The odds are good,", "said", "Ruth Adler", "a leading scholar, Ruth Adler"}}},
		{"subordinator-before-subject-and-aside", `The row began after Mr. Grant, asked about the fees, had said, "We owe nothing."`,
			[]brief{{Direct, "We owe nothing.", "had said", "Grant", "Mr. Grant, asked about the fees"}}},
		{"time-phrase-after-apposition", `Dana Ruiz, the party chairwoman, this past week announced that the party would unite.`,
			[]brief{{Indirect, "that the party would unite", "announced", "Dana Ruiz", "Dana Ruiz, the party chairwoman"}}},
		{"time-phrase-with-ago", `The Transport Department less than three weeks ago said that the permits were void.`,
			[]brief{{Indirect, "that the permits were void", "said", "Transport Department", "The Transport Department"}}},
		{"agency-dateline-before-subject", `Boston (AFP) – Governor Ellen Park on Monday visited the port, warning that jobs would be lost.`,
			[]brief{{Indirect, "that jobs would be lost", "warning", "Ellen Park", "Governor Ellen Park"}}},
		{"long-subject-with-apposition", `Peru's longtime green party leader, Rosa Vidal, declared support for Bolivian mayoral candidate Juan Perez on Friday, saying that he would win.`,
			[]brief{{Indirect, "that he would win", "saying", "Rosa Vidal", "Peru's longtime green party leader, Rosa Vidal"}}},
		{"but-is-no-subordinator", `But the other speaker on the panel, former Secretary of Labor Tom Reilly, struck a different tone, saying that wages were too low.`,
			[]brief{{Indirect, "that wages were too low", "saying", "Tom Reilly", "the other speaker on the panel, former Secretary of Labor Tom Reilly"}}},
		{"pronoun-after-pronoun-in-sentence", "The Mayor Speaks Out.\n\nRetired Col. Peter Hale is speaking up about the doubts he has about the council and why he believes that it will fail.",
			[]brief{{Indirect, "that it will fail", "believes", "Peter Hale", "he"}}},
		{"pronoun-skips-opening-phrase-name", `After the votes from New Hampshire were counted, the party's campaign manager, Leo Brandt, went on the radio and explained how he thinks that they can still win.`,
			[]brief{{Indirect, "how he thinks that they can still win", "explained", "Leo Brandt", "the party's campaign manager, Leo Brandt"}, {Indirect, "that they can still win", "thinks", "Leo Brandt", "he"}}},
		{"pronoun-after-speech-cue", `Grant, later alleging that Mayor Lee wanted higher taxes, said he would cut spending, which he argues is "the only way."`,
			[]brief{{Indirect, "higher taxes", "wanted", "Lee", "Mayor Lee"}, {Indirect, "he would cut spending", "said", "Grant", "Grant, later alleging that Mayor Lee wanted higher taxes"}, {Partial, `is "the only way."`, "argues", "Grant", "he"}}},
		{"object-pronoun-is-no-inverted-source", `Dan Cole, for one, called it "a shameful waste of money."`,
			[]brief{{Partial, `it "a shameful waste of money."`, "called", "Dan Cole", "Dan Cole"}}},
		{"fragment-after-description-and-name", `One critic, Laura B. Stein, compared the plan to "tearing up the rule book" in a letter.`,
			[]brief{{Partial, `the plan to "tearing up the rule book" in a letter`, "compared", "Laura B. Stein", "One critic, Laura B. Stein"}}},
		{"name-then-the-epithet", `Lincoln the lawyer argued that the contract was void.`,
			[]brief{{Indirect, "that the contract was void", "argued", "Lincoln", "Lincoln the lawyer"}}},
		{"capitalised-function-word-as-surname", `"We lost three times," said Jo By, who ran the campaign.`,
			[]brief{{Direct, "We lost three times,", "said", "Jo By", "Jo By, who ran the campaign"}}},
		{"headline-verb-ends-subject", `Jane Doyle Attacks Budget Plan: ‘This Will Not Stand.’`,
			[]brief{{Direct, "This Will Not Stand.", "", "Jane Doyle", "Jane Doyle"}}},
		{"ampersand-in-apposition", `"Rates will rise," Ann Reyes, an analyst at Baird & Sons, wrote in a note.`,
			[]brief{{Direct, "Rates will rise,", "wrote", "Ann Reyes", "Ann Reyes, an analyst at Baird & Sons"}}},
		{"cue-word-as-noun-before-of", `Mr. Tan said in the spring issue of the newsletter: "We must cut jobs."`,
			[]brief{{Direct, "We must cut jobs.", "said", "Tan", "Mr. Tan"}}},
		{"long-apposition-with-name-in-marks", `"We have had better days than this one," Maine delegate Sara Bell, wearing a scarf and "Fox 2028" pins, said quietly as the room emptied.`,
			[]brief{{Direct, "We have had better days than this one,", "said", "Sara Bell", `Maine delegate Sara Bell, wearing a scarf and "Fox 2028" pins`}}},
		{"passive-cue-with-agent", `Lopez was asked by moderator Ann Kerr whether the tax would "hurt small firms."`,
			[]brief{{Partial, `whether the tax would "hurt small firms."`, "was asked", "Ann Kerr", "moderator Ann Kerr"}}},
		{"addressee-participle-before-quote", `Senator Ruth Hale sparred with Jones at the hearing, chiding him, "Why does that matter now?"`,
			[]brief{{Direct, "Why does that matter now?", "chiding", "Ruth Hale", "Senator Ruth Hale"}}},
		{"passive-report-with-named-subject", `Governor Tom Hale also is reported to have labeled the budget "a disaster" in private.`,
			[]brief{{Partial, `Governor Tom Hale also is reported to have labeled the budget "a disaster" in private`, "also is reported", "Tom Hale", "Governor Tom Hale"}}},
		{"passive-expectation-stays-unnamed", `The appeal is expected to fail in the Senate on Tuesday.`,
			[]brief{{Indirect, "The appeal is expected to fail in the Senate on Tuesday", "is expected", "", ""}}},
		{"pronoun-in-opening-clause-points-forward", "Ann Diaz spoke first. While he refused to share the records, Mayor Tom Reed insisted that the deal was fair.",
			[]brief{{Indirect, "to share the records", "refused", "Tom Reed", "he"}, {Indirect, "that the deal was fair", "insisted", "Tom Reed", "Mayor Tom Reed"}}},
		{"pronoun-takes-subject-with-apposition", `Senator Jane Roe, a member of the panel, is not sure whether she supports the plan.`,
			[]brief{{Indirect, "the plan", "supports", "Jane Roe", "she"}}},
		{"not-continued-across-paragraphs", "\"It is a turning point,\" said Gary Lund.\n\nThe vote follows. \"It will be hard to beat him.\"",
			[]brief{{Direct, "It is a turning point,", "said", "Gary Lund", "Gary Lund"}, {Direct, "It will be hard to beat him.", "", "", ""}}},
	}
	runBriefCases(t, nil, cases)
}

func TestLexicon(t *testing.T) {
	l := DefaultLexicon()
	if ct, ok := l.Cue("en", "Said"); !ok || ct != CueVerb {
		t.Errorf("said: %v %v", ct, ok)
	}
	if ct, ok := l.Cue("en", "told"); !ok || ct != CueAddressee {
		t.Errorf("told: %v %v", ct, ok)
	}
	for _, w := range []string{"slammed", "slamming", "bragged", "begged", "snapped", "fretted", "went"} {
		// doubled consonants; "went" alone is no cue ("went on" is)
		if _, ok := l.Cue("en", w); ok != (w != "went") {
			t.Errorf("%s: cue %v", w, ok)
		}
	}
	if _, ok := l.Cue("en", "grumbled"); ok {
		t.Fatal("grumbled is not built in")
	}
	l.AddVerb("en", CueVerb, "grumbled")
	in := `"This is too slow," Smith grumbled.`
	qs, _ := Find(in, &Options{Lexicon: l})
	if len(qs) != 1 || qs[0].Cue == nil || qs[0].Cue.Text != "grumbled" || qs[0].Speaker == nil || qs[0].Speaker.Name != "Smith" {
		t.Errorf("custom verb: %+v", briefs(qs))
	}
	if qs, _ := Find(in, nil); len(qs) == 1 && qs[0].Cue != nil {
		t.Errorf("default lexicon changed: %+v", briefs(qs))
	}
	// a new language
	l.AddVerb("nl", CueVerb, "zei")
	qs, _ = Find(`"We winnen," zei Jansen.`, &Options{Lexicon: l, Language: "nl"})
	if len(qs) != 1 || qs[0].Cue == nil || qs[0].Cue.Text != "zei" {
		t.Errorf("nl: %+v", briefs(qs))
	}
	// a prepositional cue in a new language
	l.AddVerb("fr", CuePreposition, "selon")
	qs, _ = Find("Les négociations commenceront lundi, selon le Kremlin.", &Options{Lexicon: l, Language: "fr"})
	if len(qs) != 1 || qs[0].Cue == nil || qs[0].Cue.Text != "selon" || qs[0].Text != "Les négociations commenceront lundi" {
		t.Errorf("fr: %+v", briefs(qs))
	}
	if got := l.Languages(); !cmp.Equal(got, []string{"de", "en", "fr", "nl"}) {
		t.Errorf("languages %v", got)
	}
	if len(l.Cues("de")) < 50 {
		t.Errorf("German cues: %d", len(l.Cues("de")))
	}
}

func TestErrors(t *testing.T) {
	_, err := Find(strings.Repeat("a", MaxInput+1), nil)
	var qe *Error
	if !errors.As(err, &qe) || !errors.Is(err, ErrTooLarge) || !strings.HasPrefix(err.Error(), "quote: ") {
		t.Fatalf("err = %v", err)
	}
	if qs, err := Find("", nil); err != nil || len(qs) != 0 {
		t.Fatalf("empty: %v %v", qs, err)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		`"We hope," he said, "that they will come."`,
		"„Wir kämpfen“, sagte er.",
		"\"unclosed at the end",
		"«»「」『』‚‘’'''``\"\"",
		"\xff\xfe\"x\" said \xc3",
		"According to , said . that",
		"He said: \"\n\n\"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var (
			qs  []Quote
			err error
		)
		done := make(chan struct{})
		go func() {
			qs, err = Find(s, nil)
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("Find hangs on %q", s)
		}
		if err != nil {
			t.Fatal(err)
		}
		checkSpans(t, s, qs)
		for _, q := range qs {
			if q.Confidence <= 0 || q.Confidence >= 1 {
				t.Fatalf("confidence %v", q.Confidence)
			}
		}
		_ = utf8.ValidString(s)
	})
}

func BenchmarkFind(b *testing.B) {
	body := seedBody(b)
	text := strings.Repeat(body+"\n\n", 20)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := Find(text, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// TestConcurrent checks that parallel calls give the same result as one call.
func TestConcurrent(t *testing.T) {
	body := seedBody(t)
	texts := []string{body, "„Wir kämpfen gegen eine Flut“, sagte Tomas Berger.", `"We hope," he said.`}
	want := make([][]brief, len(texts))
	for i, s := range texts {
		qs, _ := Find(s, nil)
		want[i] = briefs(qs)
	}
	done := make(chan string, 8)
	for g := 0; g < 8; g++ {
		go func(g int) {
			for n := 0; n < 20; n++ {
				i := (g + n) % len(texts)
				qs, _ := Find(texts[i], nil)
				if !cmp.Equal(want[i], briefs(qs)) {
					done <- "different result"
					return
				}
			}
			done <- ""
		}(g)
	}
	for g := 0; g < 8; g++ {
		if msg := <-done; msg != "" {
			t.Fatal(msg)
		}
	}
}

// TestPronounGender checks that "she" skips a man named later.
func TestPronounGender(t *testing.T) {
	in := `"We are not going anywhere," said Maria Lopez, a spokeswoman for the union. ` +
		`The company's chief executive, Peter Smith, said that the offer was final. "I don't know," she said.`
	qs := findChecked(t, in, nil)
	last := qs[len(qs)-1]
	if last.Text != "I don't know," || last.Speaker == nil || last.Speaker.Name != "Maria Lopez" {
		t.Errorf("last quote %+v", briefs(qs[len(qs)-1:]))
	}
}
