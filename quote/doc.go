// Package quote finds the quotations in a news text: what was said, the
// kind of quotation, the cue that introduces it and who said it.
//
// Find works on a plain string and reports, in order of position:
//
//   - direct quotes: a statement in quote marks ("We hope," Bogdanov said);
//   - partial quotes: reported speech holding a marked fragment (adding that
//     "this is the criterion that unites all of us");
//   - indirect quotes: reported speech without marks (Lavrov said that Moscow
//     hopes ..., according to the Kremlin, ...), including stance verbs with a
//     named subject (Ames endorsed Boyd), nominal cues (Holt's call for an
//     independent audit), evidence (polls show ..., the study found ...),
//     attributions to unnamed sources (the ruling is expected to ...; when asked
//     whom she favored, ...), "Name: statement" headlines and transcripts,
//     and German free indirect speech in the subjunctive.
//
// Quote marks are paired by type, not by order: straight and curly double
// and single marks, mixed pairs ("...”), guillemets in both directions,
// German „...“ and ‚...‘, CJK 「...」 and 『...』, and the doubled
// apostrophes some newspapers use as double marks. Apostrophes (AzerNews', rock 'n'
// roll, '90s) are not marks. A mark that finds no partner within
// Options.MaxQuote bytes or before the end of its paragraph is dropped,
// unless it opens a paragraph and the next paragraph reopens the quote (a
// quote running over several paragraphs).
//
// Each quote carries its cue ("said", "according to", "sagte", "laut") and
// its speaker: the mention next to the cue ("he", "Mikhail Bogdanov,
// Russia's deputy foreign minister") and the name it stands for in the
// fullest form the text gives ("Bogdanov" -> "Mikhail Bogdanov"; "he" -> the
// last person named in subject position; "she" prefers a person the text
// marks as a woman, by a title such as Ms. or a role such as spokeswoman).
// Titles, appositions, relative clauses, asides ("however", "speaking on
// condition of anonymity"), organisations and unnamed sources ("many
// experts") are handled. A quote without a cue that follows an attributed
// one in the same or the next paragraph keeps that speaker.
//
// German sources are found by clause position: the phrase before a finite
// verb in second position ("Der Minister sagte"), the phrase after it when
// an adverbial or an object comes first ("Am Montag sagte der Minister",
// "Die Pläne bezeichnete er als ..."), the phrase after a subordinator in a
// verb-final clause ("wie die Ministerin mitteilte"), the agent of a
// passive ("wurde von X geäußert"), "so X", "laut X", "nach Angaben X",
// "heißt es in X", titles and appositions around names ("Bundeskanzlerin
// Angela Merkel", "X, der Sprecher der Polizei, sagte"), and "er"/"sie"
// resolved to the last person of matching gender, which role nouns such as
// "Ministerin" tell. Sentences in the subjunctive (Konjunktiv I) after an
// attribution continue it.
//
// The cue words live in a Lexicon: DefaultLexicon holds English and German
// and can be extended with AddVerb, also for other languages. The language
// is detected (English or German) unless Options.Language is set.
//
// Spans are half-open byte offsets [Start, End) into the text given, and
// text[Start:End] equals each span's Text. Find takes time linear in the
// length of its input; invalid UTF-8 is tolerated.
package quote
