package main

import "strings"

// Hand-written facts, written for newsparse.

// commonCountryName is the name news writers use where CLDR's differs.
var commonCountryName = map[string]string{
	"US": "United States", "GB": "United Kingdom", "CZ": "Czech Republic", "CD": "Democratic Republic of Congo",
	"CG": "Republic of Congo", "CI": "Ivory Coast", "MM": "Myanmar", "SZ": "Eswatini", "BA": "Bosnia and Herzegovina",
	"KR": "South Korea", "KP": "North Korea", "VA": "Vatican City", "PS": "Palestinian Territories",
	"MK": "North Macedonia", "TL": "East Timor", "CV": "Cape Verde", "TR": "Turkey",
}

// countryAliases are further names and abbreviations of countries.
var countryAliases = parseList(`
US: U.S.|US|USA|U.S.A.|United States of America|America
GB: Britain|Great Britain|UK|U.K.|England and Wales
RU: Russian Federation|Russia
AE: UAE|U.A.E.
KR: Republic of Korea|S. Korea|Korea
KP: DPRK|N. Korea
CN: PRC|People's Republic of China|Mainland China
TW: Republic of China
CD: DRC|DR Congo|Congo-Kinshasa|Zaire
CG: Congo-Brazzaville
NL: Holland|The Netherlands
CI: Côte d'Ivoire|Cote d'Ivoire
MM: Burma
CZ: Czechia
VA: Vatican|Holy See
IR: Islamic Republic of Iran
SY: Syrian Arab Republic
LA: Lao PDR
VN: Viet Nam
MK: Macedonia|FYROM
SZ: Swaziland
TL: Timor-Leste
PS: Palestine|West Bank and Gaza|Gaza Strip|Gaza|West Bank
BO: Bolivia
VE: Venezuela
TZ: Tanzania
MD: Moldova
KN: St Kitts and Nevis|St. Kitts and Nevis
LC: St Lucia|St. Lucia
VC: St Vincent and the Grenadines
BA: Bosnia|Bosnia-Herzegovina
TT: Trinidad|Trinidad & Tobago
NZ: N.Z.|NZ
SR: Surinam
PH: Philippines|The Philippines
SA: KSA
HK: HK|H.K.
TR: Türkiye|Turkiye
`)

// demonyms are the adjectives and nouns for a country's people.
var demonyms = parseList(`
AF: Afghan|Afghans|Afghani
AL: Albanian|Albanians
DZ: Algerian|Algerians
AD: Andorran
AO: Angolan|Angolans
AR: Argentine|Argentinian|Argentines|Argentinians
AM: Armenian|Armenians
AU: Australian|Australians|Aussie|Aussies
AT: Austrian|Austrians
AZ: Azerbaijani|Azerbaijanis|Azeri|Azeris
BS: Bahamian|Bahamians
BH: Bahraini|Bahrainis
BD: Bangladeshi|Bangladeshis
BB: Barbadian|Barbadians
BY: Belarusian|Belarusians|Belorussian
BE: Belgian|Belgians
BZ: Belizean
BJ: Beninese
BT: Bhutanese
BO: Bolivian|Bolivians
BA: Bosnian|Bosnians
BW: Botswanan
BR: Brazilian|Brazilians
BN: Bruneian
BG: Bulgarian|Bulgarians
BF: Burkinabe
BI: Burundian|Burundians
KH: Cambodian|Cambodians
CM: Cameroonian|Cameroonians
CA: Canadian|Canadians
CV: Cape Verdean
CF: Central African
TD: Chadian|Chadians
CL: Chilean|Chileans
CN: Chinese
CO: Colombian|Colombians
KM: Comoran
CG: Congolese
CR: Costa Rican|Costa Ricans
HR: Croatian|Croatians|Croat|Croats
CU: Cuban|Cubans
CY: Cypriot|Cypriots
CZ: Czech|Czechs
DK: Danish|Dane|Danes
DJ: Djiboutian
DO: Dominican|Dominicans
EC: Ecuadorian|Ecuadoreans|Ecuadorean|Ecuadorians
EG: Egyptian|Egyptians
SV: Salvadoran|Salvadorean|Salvadorans
GQ: Equatorial Guinean
ER: Eritrean|Eritreans
EE: Estonian|Estonians
ET: Ethiopian|Ethiopians
FJ: Fijian|Fijians
FI: Finnish|Finn|Finns
FR: French|Frenchman|Frenchmen|Frenchwoman
GA: Gabonese
GM: Gambian
GE: Georgian|Georgians
DE: German|Germans
GH: Ghanaian|Ghanaians
GR: Greek|Greeks
GD: Grenadian
GT: Guatemalan|Guatemalans
GN: Guinean|Guineans
GW: Bissau-Guinean
GY: Guyanese
HT: Haitian|Haitians
HN: Honduran|Hondurans
HK: Hongkonger
HU: Hungarian|Hungarians
IS: Icelandic|Icelander|Icelanders
IN: Indian|Indians
ID: Indonesian|Indonesians
IR: Iranian|Iranians
IQ: Iraqi|Iraqis
IE: Irish|Irishman
IL: Israeli|Israelis
IT: Italian|Italians
CI: Ivorian|Ivorians
JM: Jamaican|Jamaicans
JP: Japanese
JO: Jordanian|Jordanians
KZ: Kazakh|Kazakhs|Kazakhstani|Kazakhstanis
KE: Kenyan|Kenyans
KI: I-Kiribati
KW: Kuwaiti|Kuwaitis
KG: Kyrgyz|Kirghiz
LA: Laotian|Lao
LV: Latvian|Latvians
LB: Lebanese
LS: Basotho
LR: Liberian|Liberians
LY: Libyan|Libyans
LI: Liechtensteiner
LT: Lithuanian|Lithuanians
LU: Luxembourgish|Luxembourger
MG: Malagasy
MW: Malawian|Malawians
MY: Malaysian|Malaysians
MV: Maldivian
ML: Malian|Malians
MT: Maltese
MH: Marshallese
MR: Mauritanian|Mauritanians
MU: Mauritian
MX: Mexican|Mexicans
FM: Micronesian
MD: Moldovan|Moldovans
MC: Monegasque
MN: Mongolian|Mongolians
ME: Montenegrin|Montenegrins
MA: Moroccan|Moroccans
MZ: Mozambican|Mozambicans
MM: Burmese|Myanmarese
NA: Namibian|Namibians
NR: Nauruan
NP: Nepali|Nepalese
NL: Dutch|Dutchman|Dutchmen
NZ: New Zealander|New Zealanders|Kiwi|Kiwis
NI: Nicaraguan|Nicaraguans
NE: Nigerien
NG: Nigerian|Nigerians
KP: North Korean|North Koreans
MK: Macedonian|Macedonians
NO: Norwegian|Norwegians
OM: Omani|Omanis
PK: Pakistani|Pakistanis
PW: Palauan
PS: Palestinian|Palestinians
PA: Panamanian|Panamanians
PG: Papua New Guinean
PY: Paraguayan|Paraguayans
PE: Peruvian|Peruvians
PH: Filipino|Filipinos|Philippine
PL: Polish|Pole|Poles
PT: Portuguese
QA: Qatari|Qataris
RO: Romanian|Romanians
RU: Russian|Russians
RW: Rwandan|Rwandans
WS: Samoan
SM: Sammarinese
SA: Saudi|Saudis|Saudi Arabian
SN: Senegalese
RS: Serbian|Serbians|Serb|Serbs
SC: Seychellois
SL: Sierra Leonean
SG: Singaporean|Singaporeans
SK: Slovak|Slovaks|Slovakian
SI: Slovenian|Slovenians|Slovene|Slovenes
SB: Solomon Islander
SO: Somali|Somalis|Somalian
ZA: South African|South Africans
KR: South Korean|South Koreans
SS: South Sudanese
ES: Spanish|Spaniard|Spaniards
LK: Sri Lankan|Sri Lankans
SD: Sudanese
SR: Surinamese
SE: Swedish|Swede|Swedes
CH: Swiss
SY: Syrian|Syrians
TW: Taiwanese
TJ: Tajik|Tajiks|Tajikistani
TZ: Tanzanian|Tanzanians
TH: Thai|Thais
TG: Togolese
TO: Tongan
TT: Trinidadian
TN: Tunisian|Tunisians
TR: Turkish|Turk|Turks
TM: Turkmen|Turkmens
TV: Tuvaluan
UG: Ugandan|Ugandans
UA: Ukrainian|Ukrainians
AE: Emirati|Emiratis
GB: British|Briton|Britons|Brit|Brits
US: American|Americans
UY: Uruguayan|Uruguayans
UZ: Uzbek|Uzbeks|Uzbekistani
VU: Ni-Vanuatu
VE: Venezuelan|Venezuelans
VN: Vietnamese
YE: Yemeni|Yemenis
ZM: Zambian|Zambians
ZW: Zimbabwean|Zimbabweans
`)

// skipCity drops places whose name is usually a common word or a first name.
var skipCity = map[string]bool{
	"Police": true, "March": true, "Union": true, "David": true, "Van": true, "Of": true, "Bath": true,
	"Reading": true, "Split": true, "Mobile": true, "Nice": true, "Aurora": true, "Independence": true,
	"Victoria": true, "Florida": true, "Progreso": true, "Concordia": true, "Esperanza": true, "Mercedes": true,
	"Orange": true, "Normal": true, "Hope": true, "Deal": true, "Marathon": true, "Sale": true, "Tours": true,
	"Bar": true, "Batman": true, "Gap": true, "Rice": true, "Centre": true, "Center": true, "University": true,
	"Bay": true, "Bristol": false, "Enterprise": true, "Harmony": true, "Liberty": true, "Lincoln": true,
	"Jackson": true, "Hamilton": true, "Clinton": true, "Kent": true, "Warren": true, "Columbus": true,
	"Franklin": true, "Washington": false, "Jefferson": true, "Madison": true, "Monroe": true, "Wilson": true,
	"Taylor": true, "Lawrence": true, "Allen": true, "Austin": false, "Marion": true, "Chester": true,
	"Irving": true, "Douglas": true, "Arlington": false, "Carmel": true, "Providence": false, "Gary": true,
	"Santa": true, "San": true, "Man": true, "Brest": false, "Mary": true, "Toledo": false, "Troy": true,
	"Bell": true, "Ede": true, "Sur": true, "Mon": true, "Dar": true, "Al": true, "Ali": true,
	"Kira": true, "Ina": true, "Aba": true, "Ila": true, "Hit": true, "Ban": true, "Bo": true, "Lae": true,
	"Ii": true, "Vi": true, "As": true, "Ahmed": true, "Mohammed": true, "Hassan": true, "Said": true,
	"George": true, "Paul": true, "Alexandria": false, "Mesa": true, "Sandy": true, "Plano": true,
	"Federal": true, "Colon": true, "Colón": true, "Bonn": false, "Salem": false, "Madrid": false,
	"Most": true, "Bergen": false, "Best": true, "Goes": true, "Gent": false, "Rue": true, "Ur": true,
	"Mission": true, "Pharr": true, "Weston": true, "Everett": true, "Lorain": true, "Laval": false,
	"Prince": true, "Regina": true, "Milton": true, "Vaughan": true, "Richmond": false, "Burlington": true,
	"Canton": true, "Obama": true, "Valencia": false, "Cortes": true, "Oberhausen": false,
}

// cityAliases are English names that GeoNames keeps as alternates.
var cityAliases = parseList(`
New York City: New York|NYC|N.Y.
Washington, D.C.: Washington|Washington D.C.|Washington DC
Kyiv: Kiev
Mumbai: Bombay
Chennai: Madras
Kolkata: Calcutta
Beijing: Peking
Astana: Akmola|Nur-Sultan
Yangon: Rangoon
Ho Chi Minh City: Saigon
Almaty: Alma-Ata
Moscow: Moskva
Munich: München
Cologne: Köln
Mexico City: Ciudad de México
Sao Paulo: São Paulo
Bogota: Bogotá
Al Quds: Jerusalem
`)

// cityEnglish gives the English names of cities that GeoNames names in
// their own language; the English name becomes the canonical one.
var cityEnglish = parseList(`
Gent: Ghent
Antwerpen: Antwerp
Zürich: Zurich
Genève: Geneva
Nürnberg: Nuremberg
Köln: Cologne
Hannover: Hanover
Frankfurt am Main: Frankfurt
Sevilla: Seville
Basrah: Basra
Kraków: Cracow
Rostov-na-Donu: Rostov-on-Don|Rostov
Makkah: Mecca
Göteborg: Gothenburg
Odesa: Odessa
Venezia: Venice
Napoli: Naples
Firenze: Florence
Torino: Turin
Milano: Milan
Roma: Rome
Lisboa: Lisbon
Praha: Prague
Warszawa: Warsaw
Wien: Vienna
Athína: Athens
Bruxelles: Brussels
Den Haag: The Hague
's-Gravenhage: The Hague
`)

// skipAcronym drops acronyms that are common words or ambiguous in news text.
var skipAcronym = map[string]bool{"CAN": true, "ISO": true, "NAM": true, "CP": true, "EAS": true, "ICC": true,
	"LAS": true, "ITSO": true, "CICA": true, "EMU": true, "GUAM": true, "SACU": true, "SPC": true, "PIF": true,
	"CEI": true, "INOC": true, "ZC": true, "NC": true, "ENTENTE": true, "BENELUX": false, "ICCT": true}

// orgAliases are further names of the organisations in the CIA list.
var orgAliases = parseList(`
UN: U.N.|UNO|United Nations Organization
EU: E.U.|European Community|EC
WHO: W.H.O.
ICCT: ICC
INTERPOL: Interpol
CE: Council of Europe
UN_SECURITY_COUNCIL: UN Security Council|U.N. Security Council|United Nations Security Council|Security Council
IAEA: U.N. nuclear watchdog
ILO: International Labour Organization|International Labour Organisation
OECD: Organization for Economic Cooperation and Development|Organisation for Economic Co-operation and Development
OSCE: Organisation for Security and Cooperation in Europe|Organization for Security and Co-operation in Europe
AFDB: African Development Bank
LAS: Arab League
ASEAN: Association of South East Asian Nations
G-7: G7|Group of Seven
G-8: G8|Group of Eight
G-20: G20|Group of 20|Group of Twenty
NATO: N.A.T.O.
`)

// orgNames replaces the CIA name by the one in common use.
var orgNames = map[string]string{"AFDB": "African Development Bank", "LAS": "Arab League",
	"ICCT": "International Criminal Court", "ILO": "International Labour Organization",
	"UN_SECURITY_COUNCIL": "United Nations Security Council", "NAM": "Non-Aligned Movement"}

// extraRows are regions, sub-national places, historical states, bodies
// and news agencies that the source files lack.
func extraRows() []row {
	var rows []row
	add := func(kind, spec string) {
		for _, line := range strings.Split(strings.TrimSpace(spec), "\n") {
			parts := strings.Split(strings.TrimSpace(line), "|")
			if len(parts) == 0 || parts[0] == "" {
				continue
			}
			id := strings.ToLower(strings.NewReplacer(" ", "-", ".", "", "'", "").Replace(parts[0]))
			rows = append(rows, row{kind: kind, id: kind + ":" + id, name: parts[0], aliases: parts[1:]})
		}
	}
	rows = append(rows,
		row{kind: "country", id: "SU", name: "Soviet Union", aliases: []string{"USSR", "U.S.S.R."}, demonyms: []string{"Soviet", "Soviets"}},
		row{kind: "country", id: "YU", name: "Yugoslavia", demonyms: []string{"Yugoslav", "Yugoslavs"}},
		row{kind: "country", id: "CSHH", name: "Czechoslovakia", demonyms: []string{"Czechoslovak"}},
		row{kind: "country", id: "GB-ENG", name: "England", demonyms: []string{"English", "Englishman"}},
		row{kind: "country", id: "GB-SCT", name: "Scotland", demonyms: []string{"Scottish", "Scot", "Scots"}},
		row{kind: "country", id: "GB-WLS", name: "Wales", demonyms: []string{"Welsh", "Welshman"}},
		row{kind: "country", id: "GB-NIR", name: "Northern Ireland", demonyms: []string{"Northern Irish"}},
		row{kind: "country", id: "XK", name: "Kosovo", demonyms: []string{"Kosovar", "Kosovars"}},
	)
	add("region", `
Middle East|Mideast
North Africa
West Africa
East Africa
Southern Africa
Central Africa
Sub-Saharan Africa
Africa
Asia
Europe
Eastern Europe
Western Europe
Central Europe
Central Asia
South Asia
Southeast Asia|South-East Asia|South East Asia
East Asia
North America
South America
Latin America
Central America
Caribbean
Balkans
Caucasus|North Caucasus|South Caucasus
Scandinavia
Gulf|Persian Gulf|Arabian Gulf
Pacific|Pacific Ocean
Atlantic|Atlantic Ocean
Indian Ocean
Mediterranean|Mediterranean Sea
Black Sea
Caspian Sea|Caspian
Baltic|Baltic Sea
Red Sea
South China Sea
Arctic
Antarctic
Siberia
Kashmir
Kurdistan
Chechnya
Crimea
Donbas|Donbass
Darfur
Sahara|Western Sahara
Sinai
Golan Heights|Golan
Nagorno-Karabakh|Karabakh
Tibet
Xinjiang
Euphrates
Nile
Alps
Himalayas
Korean Peninsula
Horn of Africa
Levant
Silicon Valley
Midwest
Wall Street
`)
	add("state", `
Alabama
Alaska
Arizona|Ariz.
Arkansas
California|Calif.|Calif
Colorado|Colo.
Connecticut|Conn.
Delaware
Florida|Fla.
Georgia
Hawaii
Idaho
Illinois|Ill.
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts|Mass.
Michigan|Mich.
Minnesota|Minn.
Mississippi
Missouri
Montana
Nebraska
Nevada|Nev.
New Hampshire
New Jersey|N.J.
New Mexico
New York State
North Carolina
North Dakota
Ohio
Oklahoma|Okla.
Oregon
Pennsylvania|Penn.|Pa.
Rhode Island
South Carolina
South Dakota
Tennessee|Tenn.
Texas|Tex.
Utah
Vermont
Virginia
West Virginia
Wisconsin|Wis.
Wyoming
Ontario
Quebec
British Columbia
Alberta
Manitoba
Saskatchewan
Nova Scotia
New Brunswick
Newfoundland
Queensland
New South Wales
Tasmania
Bavaria
Punjab
Kurdistan Region
Catalonia
Andalusia
Lombardy
Sicily
Sardinia
Corsica
Flanders
Wallonia
Yorkshire
Lancashire
Kent
Essex
Surrey
Sussex
Ulster
Chiapas
Sichuan
Guangdong
Hokkaido
Okinawa
Mindanao
Java
Sumatra
Bali
Borneo
Tasmania
Transvaal
Natal|KwaZulu-Natal
Kwazulu
Gaza
`)
	add("org", `
White House
Kremlin
Pentagon
State Department|U.S. State Department
Congress|U.S. Congress
Senate|U.S. Senate
House of Representatives
Supreme Court|U.S. Supreme Court
Federal Reserve|Fed
European Commission|EU Commission
European Parliament
European Central Bank|ECB
Bundesbank
Bank of England
Bank of Japan
World Bank
International Monetary Fund|IMF
Red Cross|International Committee of the Red Cross|ICRC
Red Crescent
UNICEF
Amnesty International|Amnesty
Human Rights Watch
Greenpeace
Taliban
Hamas
Hezbollah|Hizbollah
Islamic State|ISIS|ISIL|Daesh
al-Qaeda|al Qaeda|Al-Qaeda|Al Qaeda
PLO|Palestine Liberation Organisation|Palestine Liberation Organization
IRA|Irish Republican Army
Sinn Fein
FIFA
UEFA
IOC|International Olympic Committee
NBA
NFL
NHL
MLB
CIA
FBI
KGB
FSB
NASA
Mossad
Knesset
Duma|State Duma
Bundestag
Politburo
Vatican
Nasdaq
NYSE|New York Stock Exchange
Microsoft
Google
Apple
Amazon
Facebook
Twitter
Boeing
Airbus
Gazprom
Rosneft
Toyota
Volkswagen
General Motors|GM
Securities and Exchange Commission|SEC
Food and Drug Administration|FDA
Goldman Sachs
Morgan Stanley
JPMorgan Chase|JPMorgan|J.P. Morgan
Merrill Lynch
Citigroup|Citibank
Wells Fargo
BlackRock
Berkshire Hathaway
Exxon Mobil|ExxonMobil|Exxon
Chevron
Royal Dutch Shell
Samsung|Samsung Electronics
Sony
Huawei
Alibaba
Tencent
Nissan
Honda
Siemens
Nestle|Nestlé
Unilever
Pfizer
Walmart|Wal-Mart
Tesla
Netflix
Nvidia
Lukoil
Saudi Aramco|Aramco
Glencore
Rio Tinto
Petrobras
Lufthansa
Aeroflot
Ryanair
Ford
Chrysler
IBM
Intel
`)
	add("agency", `
Reuters
Associated Press|AP
Agence France-Presse|AFP|Agence France Presse
United Press International|UPI
Bloomberg
Dow Jones
TASS|ITAR-TASS|Itar-Tass
RIA Novosti|RIA
Interfax
Sputnik
Xinhua|Xinhua News Agency
Kyodo|Kyodo News
Jiji|Jiji Press
Yonhap
Anadolu|Anadolu Agency
IRNA
ANSA
DPA|Deutsche Presse-Agentur
EFE
Press Trust of India|PTI
Bernama
Antara
MENA
SANA
WAM
KUNA
Petra
APA
Trend
AzerNews|Azernews
AzerTag
Kazinform
BBC
CNN
Al Jazeera|Al-Jazeera
Al Arabiya
Bloomberg News
`)
	return rows
}

// parseList reads "key: a|b|c" lines.
func parseList(s string) map[string][]string {
	m := map[string][]string{}
	for _, line := range strings.Split(s, "\n") {
		k, v, ok := strings.Cut(strings.TrimSpace(line), ": ")
		if !ok {
			continue
		}
		m[k] = append(m[k], strings.Split(v, "|")...)
	}
	return m
}
