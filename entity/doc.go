// Package entity finds the people, organisations and places named in a
// text, groups their mentions under one canonical name each, and matches
// caller-supplied watch-lists of names.
//
// Find discovers names with rules: capitalisation (with sentence starts,
// all-caps and title-case headlines handled), name particles ("de", "van",
// "al-"), context cues (titles and roles, "Mr.", speech verbs, "in" + place,
// organisation words such as Ministry or Party, company forms such as Corp
// or AB, kinds written around a name such as "maker X" or "X shares",
// sports teams in results lines and reports) and an embedded gazetteer
// of countries (names, abbreviations, demonyms), cities, regions,
// international organisations and news agencies. Mentions of one entity
// are linked within the text: "Bogdanov" to "Mikhail Bogdanov", "U.N." to
// "United Nations", "Russian" to Russia (as a mention of kind Other).
//
// A Matcher finds the names of a watch-list in text, leftmost-longest on
// word boundaries, with optional case and diacritic folding.
//
// Spans are half-open byte offsets [Start, End) into the string given.
// The package uses only the standard library.
//
// # Attribution
//
// The embedded gazetteer is derived (filtered and reformatted by
// newsparse) from: country names and codes from datasets/country-codes
// (Open Knowledge Foundation, ODC-PDDL 1.0); capitals from GeoNames
// (www.geonames.org, CC BY 4.0); English short names from Unicode CLDR
// (Copyright (c) 1991-2025 Unicode, Inc., Unicode License v3). It contains
// geographical data from GeoNames (https://www.geonames.org/), licensed
// under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); filtered
// and reformatted by newsparse. International organisation names and
// acronyms from the CIA World Factbook (public domain), compiled by
// dieghernan/Country-Codes-and-International-Organizations (MIT License,
// Copyright (c) 2019 dieghernan). See the NOTICE file.
package entity
