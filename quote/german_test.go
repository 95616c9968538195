package quote

import (
	"strings"
	"testing"
)

// TestGerman covers German reporting syntax: verb second, verb-final
// clauses, titles before names, appositions and inverted subjects.
func TestGerman(t *testing.T) {
	cases := []briefCase{
		{"prepositional-first-position", `Bei einer Pressekonferenz in Bonn sagte Jana Wolff, dass die Schule schließen werde.`,
			[]brief{{Indirect, "dass die Schule schließen werde", "sagte", "Jana Wolff", "Jana Wolff"}}},
		{"adverb-first-position", `Dazu erklärte der Landrat Peter Brandt, die Straße bleibe gesperrt.`,
			[]brief{{Indirect, "die Straße bleibe gesperrt", "erklärte", "Peter Brandt", "der Landrat Peter Brandt"}}},
		{"verb-final-after-wie", `Wie die Innenministerin Karin Vogt am Freitag in Kiel mitteilte, sind drei Beamte verletzt worden.`,
			[]brief{{Indirect, "sind drei Beamte verletzt worden", "mitteilte", "Karin Vogt", "die Innenministerin Karin Vogt"}}},
		{"auxiliary-then-participle", `Holger Rinke hatte am Rande der Messe gesagt, die Steuern müssten sinken.`,
			[]brief{{Indirect, "die Steuern müssten sinken", "gesagt", "Holger Rinke", "Holger Rinke"}}},
		{"passive-quoted-with-words", `Der Verbandschef Uwe Kranz wird von der Zeitung mit den Worten zitiert: „Wir sind enttäuscht.“`,
			[]brief{{Direct, "Wir sind enttäuscht.", "zitiert", "Uwe Kranz", "Der Verbandschef Uwe Kranz"}}},
		{"object-after-inverted-subject", `Am Montag sagte Generalsekretär Omar Said den Reportern, die Kämpfe seien beendet.`,
			[]brief{{Indirect, "die Kämpfe seien beendet", "sagte", "Omar Said", "Generalsekretär Omar Said"}}},
		{"name-before-apposition-without-comma", `Lena Hofer, eine Sprecherin der Stadtwerke erklärte, die Preise seien stabil.`,
			[]brief{{Indirect, "die Preise seien stabil", "erklärte", "Lena Hofer", "Lena Hofer, eine Sprecherin der Stadtwerke"}}},
		{"name-first-then-role", `„Wir haben gut verhandelt“, sagte Bernd Walter, der Bürgermeister von Celle.`,
			[]brief{{Direct, "Wir haben gut verhandelt", "sagte", "Bernd Walter", "Bernd Walter, der Bürgermeister von Celle"}}},
		{"number-after-source", `Nach Angaben der Feuerwehr starben 40 Menschen.`,
			[]brief{{Indirect, "starben 40 Menschen", "Nach", "Feuerwehr", "Angaben der Feuerwehr"}}},
		{"pronoun-takes-person-of-matching-gender", "Der Landrat Peter Brandt besuchte am Montag das Krankenhaus in Kiel. Die Senatorin Anna Roth kam am Dienstag in die Stadt zurück. Er sagte, die Gespräche seien gut gewesen.",
			[]brief{{Indirect, "die Gespräche seien gut gewesen", "sagte", "Peter Brandt", "Er"}}},
		{"von-der-in-name-but-not-article", "Ursula von der Leyen kam. Nach Angaben der Polizei blieb es ruhig.",
			[]brief{{Indirect, "blieb es ruhig", "Nach", "Polizei", "Angaben der Polizei"}}},
	}
	runBriefCases(t, &Options{Language: "de"}, cases)
}

func TestGermanFragments(t *testing.T) {
	cases := []briefCase{
		{"fragment-takes-named-subject", `Die frühere Ministerin Karin Vogt nannte den Plan einen „teuren Irrweg“.`,
			[]brief{{Partial, "teuren Irrweg", "nannte", "Karin Vogt", "Die frühere Ministerin Karin Vogt"}}},
		{"fragment-object-first-pronoun-after-verb", "Der Landrat Peter Brandt besuchte am Montag das Krankenhaus in Kiel. Die Pläne der Stadt bezeichnete er als „teuren Unsinn“.",
			[]brief{{Partial, "teuren Unsinn", "bezeichnete", "Peter Brandt", "er"}}},
		{"fragment-with-common-noun-subject-stays-unattributed", `Die Stadt nannte das Fest einen „Erfolg für alle“.`,
			[]brief{{Partial, "Erfolg für alle", "", "", ""}}},
		{"auxiliary-after-quote", `„Wir werden die Halle bauen“, hatte Bürgermeister Jens Lorenz im Mai erklärt.`,
			[]brief{{Direct, "Wir werden die Halle bauen", "erklärt", "Jens Lorenz", "Bürgermeister Jens Lorenz"}}},
		{"separable-verb-in-one-word", `Wie die Sprecherin Maria Kolb ausführte, sei der Plan noch offen.`,
			[]brief{{Indirect, "sei der Plan noch offen", "ausführte", "Maria Kolb", "die Sprecherin Maria Kolb"}}},
		{"adverb-first-then-auxiliary-and-participle", `So hatte der Minister Paul Sommer im Mai zugesichert: „Die Daten bleiben auf dem Pass.“`,
			[]brief{{Direct, "Die Daten bleiben auf dem Pass.", "zugesichert", "Paul Sommer", "der Minister Paul Sommer"}}},
		{"free-indirect-takes-newer-subject-with-role", `Der Sprecher Tom Weber sagte, der Zug fahre wieder. Die Ministerin Eva Lang ist über den Streit in der Stadt besorgt. Der Streit sei persönlich motiviert.`,
			[]brief{{Indirect, "der Zug fahre wieder", "sagte", "Tom Weber", "Der Sprecher Tom Weber"}, {Indirect, "Der Streit sei persönlich motiviert", "", "Eva Lang", "Ministerin Eva Lang"}}},
		{"name-comma-apposition-then-verb", `Jonas Kurz, der Leiter des Hafenamtes teilte am Freitag mit, dass keine Schiffe auslaufen.`,
			[]brief{{Indirect, "dass keine Schiffe auslaufen", "teilte", "Jonas Kurz", "Jonas Kurz, der Leiter des Hafenamtes"}}},
		{"wie-name-comma-apposition", `Wie Jonas Kurz, ein Sprecher des Hafenamtes, mitteilte, laufen keine Schiffe aus.`,
			[]brief{{Indirect, "laufen keine Schiffe aus", "mitteilte", "Jonas Kurz", "Jonas Kurz, ein Sprecher des Hafenamtes"}}},
		{"name-particle", `Der Innenminister Karl de Vries hat bekanntgegeben, dass die Grenze offen bleibt.`,
			[]brief{{Indirect, "dass die Grenze offen bleibt", "bekanntgegeben", "Karl de Vries", "Der Innenminister Karl de Vries"}}},
		{"angaben-of-role-then-name", `Nach Angaben des Direktors der Klinik, Otto Lenz, sei der Patient stabil.`,
			[]brief{{Indirect, "sei der Patient stabil", "Nach", "Otto Lenz", "Angaben des Direktors der Klinik, Otto Lenz"}}},
		{"determiner-noun-then-name", `Dieser Arzt, Paul Weber, schilderte seinen Eindruck, dass der Mann unterkühlt war.`,
			[]brief{{Indirect, "dass der Mann unterkühlt war", "schilderte", "Paul Weber", "Dieser Arzt, Paul Weber"}}},
		{"inverted-name-with-apposition-before-colon", `Im Interview sagte Jonas Kurz, Gründer der Band: „Wir spielen weiter.“`,
			[]brief{{Direct, "Wir spielen weiter.", "sagte", "Jonas Kurz", "Jonas Kurz, Gründer der Band"}}},
		{"name-and-role-label-before-colon", "Die Regierung tagte lange. Erkki Laine, Vorsitzender des Nordischen Fischereirats: „Das Gesetz ist falsch.“",
			[]brief{{Direct, "Das Gesetz ist falsch.", "", "Erkki Laine", "Erkki Laine, Vorsitzender des Nordischen Fischereirats"}}},
		{"party-in-brackets-before-verb", `Die Ministerin Eva Lang (SPD) erklärte, die Regierung erkenne die Reform an.`,
			[]brief{{Indirect, "die Regierung erkenne die Reform an", "erklärte", "Eva Lang", "Die Ministerin Eva Lang (SPD)"}}},
		{"fragment-in-free-indirect-speech", `Die Senatorin Eva Lang sagte, die Reform komme zu spät. Es gebe „eine lange Krise“ im Land.`,
			[]brief{{Indirect, "die Reform komme zu spät", "sagte", "Eva Lang", "Die Senatorin Eva Lang"}, {Indirect, "Es gebe „eine lange Krise“ im Land", "", "Eva Lang", "Die Senatorin Eva Lang"}, {Partial, "eine lange Krise", "", "Eva Lang", "Die Senatorin Eva Lang"}}},
		{"so-with-determiner-phrase", `Der Angriff sei eine Strafe, so der Sprecher der Miliz, Omar Said.`,
			[]brief{{Indirect, "Der Angriff sei eine Strafe", "so", "Omar Said", "der Sprecher der Miliz, Omar Said"}}},
		{"so-aside-before-marked-fragment", `Der Einsatz solle sich, so Gall, „auf schwere Fälle“ beschränken.`,
			[]brief{{Indirect, "Der Einsatz solle sich, so Gall, „auf schwere Fälle“ beschränken", "so", "Gall", "Gall"}, {Direct, "auf schwere Fälle", "so", "Gall", "Gall"}}},
		{"coordinated-speech-verb-takes-first-subject", `Der Präsident Paul Kern erwartet eine schnelle Entscheidung und gab bekannt, dass die Prüfung Wochen dauere.`,
			[]brief{{Indirect, "dass die Prüfung Wochen dauere", "gab", "Paul Kern", "Der Präsident Paul Kern"}}},
		{"separable-particle-zurueck", `Der Gouverneur Li Wen wies den Vorwurf zurück, die Händler seien vertrieben worden.`,
			[]brief{{Indirect, "die Händler seien vertrieben worden", "wies", "Li Wen", "Der Gouverneur Li Wen"}}},
		{"speech-verb-without-content-speaks-on", `Besorgt äußerte sich Generalsekretär Omar Said über die Gewalt. Auch gebe es Berichte über Entführungen.`,
			[]brief{{Indirect, "Auch gebe es Berichte über Entführungen", "", "Omar Said", "Generalsekretär Omar Said"}}},
		{"heisst-es-in-source", `Es gebe keine Zeugen, heißt es im Bericht der Hafenbehörde.`,
			[]brief{{Indirect, "Es gebe keine Zeugen", "heißt", "Hafenbehörde", "Bericht der Hafenbehörde"}}},
		{"hiess-es-vom-source", `„Alles deutet auf einen Anschlag“, hieß es vom Abgeordneten Viktor Oserow.`,
			[]brief{{Direct, "Alles deutet auf einen Anschlag", "hieß", "Viktor Oserow", "Abgeordneten Viktor Oserow"}}},
		{"genitive-preposition-first", `Angesichts der Kosten nannte Reinhard Jung, Chef des Bauernbundes, die Kartoffel „überflüssig wie einen Kropf“.`,
			[]brief{{Indirect, "die Kartoffel „überflüssig wie einen Kropf“", "nannte", "Reinhard Jung", "Reinhard Jung, Chef des Bauernbundes"}, {Direct, "überflüssig wie einen Kropf", "nannte", "Reinhard Jung", "Reinhard Jung, Chef des Bauernbundes"}}},
		{"dass-without-comma", `Der Bischof Karl Pérez hoffte dass die Wahl gut ausgehe.`,
			[]brief{{Indirect, "dass die Wahl gut ausgehe", "hoffte", "Karl Pérez", "Der Bischof Karl Pérez"}}},
		{"passive-quote-verb-after-apposition", `„Es ist eine Chance“, wird Mike Down, Manager für Video, zitiert.`,
			[]brief{{Direct, "Es ist eine Chance", "zitiert", "Mike Down", "Mike Down"}}},
		{"separable-zusichern", `Den Flüchtlingen sicherte Präsident Xanana Lobo zu, dass die Grenze offen bleibe.`,
			[]brief{{Indirect, "dass die Grenze offen bleibe", "sicherte", "Xanana Lobo", "Präsident Xanana Lobo"}}},
		{"one-word-fragment-after-naming-verb", `Der Minister Olaf Brandt nannte die Meldung eine „Luftnummer“.`,
			[]brief{{Partial, "Luftnummer", "nannte", "Olaf Brandt", "Der Minister Olaf Brandt"}}},
		{"one-word-title-stays-dropped", `Der Film „Casablanca“ läuft heute im Kino.`,
			[]brief{}},
		{"one-word-fragment-after-separable-verb", `Der Minister Karl Roth wies alle Vorwürfe als „haltlos“ zurück.`,
			[]brief{{Partial, "haltlos", "wies", "Karl Roth", "Der Minister Karl Roth"}}},
		{"pronoun-first-keeps-subject-before-dative-name", `Der Bischof Paul Kern besuchte am Montag das Kloster in Ettal. Er wirft der Deutschen Bischofskonferenz vor, sie habe geschwiegen.`,
			[]brief{{Indirect, "sie habe geschwiegen", "wirft", "Paul Kern", "Er"}}},
		{"coordinated-separable-verb-with-name-object", `Der Bischof Paul Kern lobte die Polizei und forderte Anna Roth dazu auf, Ruhe zu bewahren.`,
			[]brief{{Indirect, "Ruhe zu bewahren", "forderte", "Paul Kern", "Der Bischof Paul Kern"}}},
		{"time-phrase-first", `Erst am Dienstag kündigte die Reederei an, alle Fähren zu verkaufen.`,
			[]brief{{Indirect, "alle Fähren zu verkaufen", "kündigte", "Reederei", "die Reederei"}}},
		{"nach-mitteilung-source", `Nach einer Mitteilung der Stadtwerke bleibe das Bad geschlossen.`,
			[]brief{{Indirect, "bleibe das Bad geschlossen", "Nach", "Stadtwerke", "einer Mitteilung der Stadtwerke"}}},
		{"so-name-weiter-colon", `Auch das sei geplant gewesen, so Brauckmann weiter: „Das machen alle Werften so.“`,
			[]brief{{Indirect, "Auch das sei geplant gewesen", "so", "Brauckmann", "Brauckmann"}, {Direct, "Das machen alle Werften so.", "so", "Brauckmann", "Brauckmann"}}},
		{"fragment-after-name-and-apposition", `Kurt Rau, Präsident der Universität, begrüßte den Beschluss als „wichtigen Schritt“.`,
			[]brief{{Partial, "wichtigen Schritt", "begrüßte", "Kurt Rau", "Kurt Rau, Präsident der Universität"}}},
		{"pronoun-after-verb-with-long-object-first", "Der Bischof Paul Kern besuchte am Montag das Kloster in Ettal. Das Angebot, die Kranken kostenlos zu behandeln, lehnt er jedoch ab: „Das lasse ich nicht zu.“",
			[]brief{{Direct, "Das lasse ich nicht zu.", "lehnt", "Paul Kern", "er"}}},
		{"laut-title-in-marks", `Laut „Morgenpost“ soll sie das Land verlassen haben.`,
			[]brief{{Indirect, "soll sie das Land verlassen haben", "Laut", "Morgenpost", "„Morgenpost“"}}},
		{"coordinated-verb-inside-subordinate-clause", `Die Partei ist dagegen, während die Initiative Roter Löwe den Vorschlag unterstützt und fordert, dass er gilt.`,
			[]brief{{Indirect, "dass er gilt", "fordert", "Initiative Roter Löwe", "die Initiative Roter Löwe"}}},
		{"genitive-plural-after-source-noun", `Nach Angaben libanesischer Sicherheitskreise starben drei Menschen.`,
			[]brief{{Indirect, "starben drei Menschen", "Nach", "Sicherheitskreise", "Angaben libanesischer Sicherheitskreise"}}},
		{"place-after-source", `Es starben 40 Menschen, so die Gesundheitsbehörden in Gaza.`,
			[]brief{{Indirect, "Es starben 40 Menschen", "so", "Gesundheitsbehörden", "die Gesundheitsbehörden in Gaza"}}},
		{"fuer-person-subjunctive", `Für den Theologen Hans Berg sei der Rücktritt verständlich.`,
			[]brief{{Indirect, "Für den Theologen Hans Berg sei der Rücktritt verständlich", "", "Hans Berg", "den Theologen Hans Berg"}}},
		{"vertritt-die-ansicht", `Der Anwalt Bruno Kalt vertritt die Ansicht, der Mann habe sich selbst verletzt.`,
			[]brief{{Indirect, "der Mann habe sich selbst verletzt", "vertritt", "Bruno Kalt", "Der Anwalt Bruno Kalt"}}},
		{"nach-possessive-name-source-noun", `Nach Kalts Angaben habe der Mann die Kinder bedroht.`,
			[]brief{{Indirect, "habe der Mann die Kinder bedroht", "Nach", "Kalts Angaben", "Kalts Angaben"}}},
		{"nach-schaetzung", `Nach Schätzung der Weltgesundheitsorganisation erkranken jährlich tausende Kinder.`,
			[]brief{{Indirect, "erkranken jährlich tausende Kinder", "Nach", "Weltgesundheitsorganisation", "Schätzung der Weltgesundheitsorganisation"}}},
		{"dies-bestaetigte-previous-sentence", "Die Brücke bleibt bis Montag gesperrt. Dies bestätigte der Landrat Peter Brandt am Abend.",
			[]brief{{Indirect, "Die Brücke bleibt bis Montag gesperrt. Dies", "bestätigte", "Peter Brandt", "der Landrat Peter Brandt"}}},
		{"passive-with-agent", `Es wurde von dem Anwalt Tim Berger die Vermutung geäußert, die Akten seien gefälscht.`,
			[]brief{{Indirect, "die Akten seien gefälscht", "geäußert", "Tim Berger", "dem Anwalt Tim Berger"}}},
		{"quoted-with-words-names-the-object", `Ein Radiosender zitierte den Trainer Ole Brandt mit den Worten: „Wir geben nicht auf.“`,
			[]brief{{Direct, "Wir geben nicht auf.", "zitierte", "Ole Brandt", "den Trainer Ole Brandt"}}},
		{"dative-first-person-after-verb", `Der Lokalzeitung sagte Jana Wolff: „Wir bleiben hier.“`,
			[]brief{{Direct, "Wir bleiben hier.", "sagte", "Jana Wolff", "Jana Wolff"}}},
		{"als-phrase-first", `Als Grund für den Rücktritt nannte Erik Haas, er sei krank.`,
			[]brief{{Indirect, "er sei krank", "nannte", "Erik Haas", "Erik Haas"}}},
		{"gegenueber-first", `Gegenüber dem Sender sagte der Landrat Karl Roth, die Brücke sei sicher.`,
			[]brief{{Indirect, "die Brücke sei sicher", "sagte", "Karl Roth", "der Landrat Karl Roth"}}},
		{"zeigte-sich", `Die Senatorin Eva Lang zeigte sich besorgt, dass die Preise steigen.`,
			[]brief{{Indirect, "dass die Preise steigen", "zeigte", "Eva Lang", "Die Senatorin Eva Lang"}}},
		{"adjective-and-preposition-first", `Passend zum Wetter warnte die Moderatorin Lea Hahn: „Es wird glatt.“`,
			[]brief{{Direct, "Es wird glatt.", "warnte", "Lea Hahn", "die Moderatorin Lea Hahn"}}},
	}
	runBriefCases(t, &Options{Language: "de"}, cases)
}

const germanSample = `Die Ministerin Anna Roth besuchte am Montag das Krankenhaus in Kiel. Sie sagte, die Lage sei ernst.
„Wir brauchen mehr Personal“, sagte der Landrat Peter Brandt. Bei einer Pressekonferenz erklärte er, die Kosten seien zu hoch.
Wie die Sprecherin der Stadtwerke, Lena Hofer, am Dienstag mitteilte, bleibe die Brücke gesperrt. Nach Angaben der Polizei wurde niemand verletzt.
Der Verbandschef Uwe Kranz nannte den Plan einen „teuren Irrweg“. Die Gewerkschaft werde klagen, so Kranz.
`

func BenchmarkFindGerman(b *testing.B) {
	text := strings.Repeat(germanSample+"\n", 200)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := Find(text, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzFindGerman runs Find in German mode on German-like inputs.
func FuzzFindGerman(f *testing.F) {
	for _, s := range []string{
		germanSample,
		"Wie X, ein Y, mitteilte, sei",
		", so der, „“ und gab bekannt, dass",
		"Es wurde von dem geäußert, zitierte mit den Worten: „",
		"Als (SPD) sagte, wie, so,",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		findChecked(t, s, &Options{Language: "de"})
	})
}
