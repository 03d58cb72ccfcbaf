// Common given and family names of the countries written in Latin script. Their Latin-ASCII
// forms come from foldToAscii, so only the names as written are listed.
#include "names.hpp"

namespace caravan::datagen::names {
namespace {

constexpr Name kGermanMale[] = {{"Lukas"},  {"Leon"},    {"Maximilian"}, {"Felix"},  {"Paul"},
                                {"Jonas"},  {"Elias"},   {"Noah"},       {"Finn"},   {"Ben"},
                                {"Thomas"}, {"Michael"}, {"Andreas"},    {"Stefan"}, {"Jürgen"},
                                {"Klaus"},  {"Uwe"},     {"Matthias"},   {"Jörg"},   {"Sören"},
                                {"Günter"}, {"Wolfgang"}};
constexpr Name kGermanFemale[] = {{"Anna"},   {"Lena"},   {"Sophie"},   {"Marie"},     {"Emma"},
                                  {"Hannah"}, {"Lea"},    {"Julia"},    {"Katharina"}, {"Sabine"},
                                  {"Ursula"}, {"Monika"}, {"Petra"},    {"Jana"},      {"Birgit"},
                                  {"Renate"}, {"Gisela"}, {"Brigitte"}, {"Jutta"},     {"Käthe"},
                                  {"Mia"},    {"Clara"}};
constexpr Name kGermanFamily[] = {
    {"Müller"}, {"Schmidt"}, {"Schneider"}, {"Fischer"}, {"Weber"},   {"Meyer"},      {"Wagner"},
    {"Becker"}, {"Schulz"},  {"Hoffmann"},  {"Schäfer"}, {"Koch"},    {"Bauer"},      {"Richter"},
    {"Klein"},  {"Wolf"},    {"Schröder"},  {"Neumann"}, {"Schwarz"}, {"Zimmermann"}, {"Braun"},
    {"Krüger"}, {"Hofmann"}, {"Hartmann"},  {"Lange"},   {"Schmitt"}, {"Werner"},     {"Schmitz"},
    {"Krause"}, {"Meier"},   {"Lehmann"},   {"Köhler"},  {"Weiß"},    {"Jäger"},      {"Groß"},
    {"Böhm"},   {"Günther"}, {"Fuchs"}};

constexpr Name kFrenchMale[] = {{"Jean"},    {"Pierre"},   {"Michel"},  {"Philippe"},  {"Alain"},
                                {"Nicolas"}, {"François"}, {"Laurent"}, {"Julien"},    {"Thomas"},
                                {"Antoine"}, {"Benoît"},   {"Jérôme"},  {"Sébastien"}, {"Hugo"},
                                {"Louis"},   {"Gabriel"},  {"Raphaël"}, {"Théo"},      {"Mathis"}};
constexpr Name kFrenchFemale[] = {
    {"Marie"},  {"Nathalie"}, {"Isabelle"}, {"Sylvie"},   {"Catherine"}, {"Françoise"}, {"Céline"},
    {"Émilie"}, {"Chloé"},    {"Léa"},      {"Manon"},    {"Camille"},   {"Inès"},      {"Zoé"},
    {"Hélène"}, {"Amélie"},   {"Océane"},   {"Sandrine"}, {"Valérie"},   {"Élodie"}};
constexpr Name kFrenchFamily[] = {
    {"Martin"},   {"Bernard"}, {"Dubois"},   {"Thomas"},  {"Robert"},  {"Richard"},   {"Petit"},
    {"Durand"},   {"Leroy"},   {"Moreau"},   {"Simon"},   {"Laurent"}, {"Lefèvre"},   {"Michel"},
    {"Garcia"},   {"David"},   {"Bertrand"}, {"Roux"},    {"Vincent"}, {"Fournier"},  {"Morel"},
    {"Girard"},   {"André"},   {"Lefebvre"}, {"Mercier"}, {"Dupont"},  {"Lambert"},   {"Bonnet"},
    {"François"}, {"Faure"},   {"Rousseau"}, {"Blanc"},   {"Guérin"},  {"Chevalier"}, {"Gauthier"}};

constexpr Name kSpanishMale[] = {{"Antonio"},   {"José"},   {"Manuel"}, {"Francisco"}, {"David"},
                                 {"Juan"},      {"Javier"}, {"Daniel"}, {"Carlos"},    {"Jesús"},
                                 {"Alejandro"}, {"Miguel"}, {"Rafael"}, {"Pablo"},     {"Sergio"},
                                 {"Álvaro"},    {"Adrián"}, {"Hugo"},   {"Martín"},    {"Iván"}};
constexpr Name kSpanishFemale[] = {{"María"}, {"Carmen"},   {"Ana"},   {"Isabel"}, {"Laura"},
                                   {"Lucía"}, {"Cristina"}, {"Marta"}, {"Sofía"},  {"Paula"},
                                   {"Elena"}, {"Raquel"},   {"Julia"}, {"Irene"},  {"Pilar"},
                                   {"Inés"},  {"Nuria"},    {"Rocío"}, {"Andrea"}, {"Begoña"}};
constexpr Name kSpanishFamily[] = {
    {"García"},    {"Rodríguez"}, {"González"}, {"Fernández"}, {"López"},     {"Martínez"},
    {"Sánchez"},   {"Pérez"},     {"Gómez"},    {"Martín"},    {"Jiménez"},   {"Ruiz"},
    {"Hernández"}, {"Díaz"},      {"Moreno"},   {"Muñoz"},     {"Álvarez"},   {"Romero"},
    {"Alonso"},    {"Gutiérrez"}, {"Navarro"},  {"Torres"},    {"Domínguez"}, {"Vázquez"},
    {"Ramos"},     {"Gil"},       {"Ramírez"},  {"Serrano"},   {"Blanco"},    {"Suárez"}};

constexpr Name kItalianMale[] = {
    {"Giuseppe"}, {"Giovanni"}, {"Antonio"},   {"Mario"},   {"Luigi"},   {"Francesco"}, {"Angelo"},
    {"Vincenzo"}, {"Pietro"},   {"Salvatore"}, {"Carlo"},   {"Franco"},  {"Domenico"},  {"Bruno"},
    {"Paolo"},    {"Michele"},  {"Giorgio"},   {"Niccolò"}, {"Lorenzo"}, {"Leonardo"},  {"Mattia"}};
constexpr Name kItalianFemale[] = {
    {"Maria"},  {"Anna"},    {"Giuseppina"}, {"Rosa"},      {"Angela"},   {"Giovanna"}, {"Teresa"},
    {"Lucia"},  {"Carmela"}, {"Caterina"},   {"Francesca"}, {"Chiara"},   {"Giulia"},   {"Sofia"},
    {"Aurora"}, {"Alessia"}, {"Martina"},    {"Elena"},     {"Federica"}, {"Bianca"}};
constexpr Name kItalianFamily[] = {
    {"Rossi"},   {"Russo"},   {"Ferrari"},  {"Esposito"}, {"Bianchi"},  {"Romano"},   {"Colombo"},
    {"Ricci"},   {"Marino"},  {"Greco"},    {"Bruno"},    {"Gallo"},    {"Conti"},    {"De Luca"},
    {"Mancini"}, {"Costa"},   {"Giordano"}, {"Rizzo"},    {"Lombardi"}, {"Moretti"},  {"Barbieri"},
    {"Fontana"}, {"Santoro"}, {"Mariani"},  {"Rinaldi"},  {"Caruso"},   {"Ferrara"},  {"Galli"},
    {"Martini"}, {"Leone"},   {"Longo"},    {"Gentile"},  {"Vitale"},   {"D'Angelo"}, {"Cantù"}};

constexpr Name kPolishMale[] = {
    {"Piotr"},     {"Krzysztof"}, {"Andrzej"}, {"Tomasz"}, {"Paweł"},   {"Jan"},      {"Michał"},
    {"Marcin"},    {"Jakub"},     {"Adam"},    {"Łukasz"}, {"Mateusz"}, {"Wojciech"}, {"Grzegorz"},
    {"Stanisław"}, {"Kamil"},     {"Maciej"},  {"Rafał"},  {"Dariusz"}, {"Zbigniew"}};
constexpr Name kPolishFemale[] = {{"Anna"},      {"Maria"},     {"Katarzyna"},  {"Małgorzata"},
                                  {"Agnieszka"}, {"Barbara"},   {"Ewa"},        {"Krystyna"},
                                  {"Elżbieta"},  {"Magdalena"}, {"Joanna"},     {"Zofia"},
                                  {"Monika"},    {"Beata"},     {"Aleksandra"}, {"Natalia"},
                                  {"Dorota"},    {"Jadwiga"},   {"Halina"},     {"Irena"}};
constexpr Name kPolishFamilyMale[] = {
    {"Nowak"},       {"Kowalski"},    {"Wiśniewski"}, {"Wójcik"},     {"Kowalczyk"},
    {"Kamiński"},    {"Lewandowski"}, {"Zieliński"},  {"Szymański"},  {"Woźniak"},
    {"Dąbrowski"},   {"Kozłowski"},   {"Jankowski"},  {"Mazur"},      {"Wojciechowski"},
    {"Kwiatkowski"}, {"Krawczyk"},    {"Kaczmarek"},  {"Piotrowski"}, {"Grabowski"},
    {"Zając"},       {"Pawłowski"},   {"Michalski"},  {"Król"}};
constexpr Name kPolishFamilyFemale[] = {
    {"Nowak"},       {"Kowalska"},    {"Wiśniewska"}, {"Wójcik"},     {"Kowalczyk"},
    {"Kamińska"},    {"Lewandowska"}, {"Zielińska"},  {"Szymańska"},  {"Woźniak"},
    {"Dąbrowska"},   {"Kozłowska"},   {"Jankowska"},  {"Mazur"},      {"Wojciechowska"},
    {"Kwiatkowska"}, {"Krawczyk"},    {"Kaczmarek"},  {"Piotrowska"}, {"Grabowska"},
    {"Zając"},       {"Pawłowska"},   {"Michalska"},  {"Król"}};

constexpr Name kCzechMale[] = {{"Jiří"},   {"Jan"},    {"Petr"},      {"Josef"},    {"Pavel"},
                               {"Martin"}, {"Tomáš"},  {"Jaroslav"},  {"Miroslav"}, {"Zdeněk"},
                               {"Václav"}, {"Michal"}, {"František"}, {"Jakub"},    {"Milan"},
                               {"Karel"},  {"Lukáš"},  {"David"},     {"Ondřej"},   {"Vojtěch"}};
constexpr Name kCzechFemale[] = {
    {"Marie"},   {"Jana"},     {"Eva"},   {"Hana"},   {"Anna"},     {"Lenka"},     {"Kateřina"},
    {"Lucie"},   {"Věra"},     {"Alena"}, {"Petra"},  {"Veronika"}, {"Jaroslava"}, {"Tereza"},
    {"Martina"}, {"Michaela"}, {"Jitka"}, {"Helena"}, {"Ludmila"},  {"Zdeňka"}};
constexpr Name kCzechFamilyMale[] = {
    {"Novák"},  {"Svoboda"}, {"Novotný"}, {"Dvořák"}, {"Černý"},    {"Procházka"}, {"Kučera"},
    {"Veselý"}, {"Horák"},   {"Němec"},   {"Marek"},  {"Pospíšil"}, {"Pokorný"},   {"Hájek"},
    {"Král"},   {"Jelínek"}, {"Růžička"}, {"Beneš"},  {"Fiala"},    {"Sedláček"}};
constexpr Name kCzechFamilyFemale[] = {
    {"Nováková"},    {"Svobodová"},   {"Novotná"},  {"Dvořáková"}, {"Černá"},
    {"Procházková"}, {"Kučerová"},    {"Veselá"},   {"Horáková"},  {"Němcová"},
    {"Marková"},     {"Pospíšilová"}, {"Pokorná"},  {"Hájková"},   {"Králová"},
    {"Jelínková"},   {"Růžičková"},   {"Benešová"}, {"Fialová"},   {"Sedláčková"}};

constexpr Name kSwedishMale[] = {{"Lars"},  {"Anders"}, {"Johan"},   {"Per"},  {"Erik"},
                                 {"Karl"},  {"Nils"},   {"Mikael"},  {"Jan"},  {"Hans"},
                                 {"Peter"}, {"Olof"},   {"Björn"},   {"Sven"}, {"Gustav"},
                                 {"Oskar"}, {"Lukas"},  {"William"}, {"Hugo"}, {"Åke"}};
constexpr Name kSwedishFemale[] = {{"Anna"},   {"Eva"},   {"Maria"}, {"Karin"},  {"Kristina"},
                                   {"Lena"},   {"Sara"},  {"Emma"},  {"Ingrid"}, {"Elin"},
                                   {"Linnéa"}, {"Sofia"}, {"Maja"},  {"Astrid"}, {"Åsa"},
                                   {"Märta"},  {"Britt"}, {"Ebba"},  {"Ella"},   {"Alice"}};
constexpr Name kSwedishFamily[] = {
    {"Andersson"}, {"Johansson"}, {"Karlsson"},  {"Nilsson"},    {"Eriksson"},   {"Larsson"},
    {"Olsson"},    {"Persson"},   {"Svensson"},  {"Gustafsson"}, {"Pettersson"}, {"Jonsson"},
    {"Jansson"},   {"Hansson"},   {"Bengtsson"}, {"Jönsson"},    {"Lindberg"},   {"Jakobsson"},
    {"Magnusson"}, {"Lindström"}, {"Olofsson"},  {"Lindqvist"},  {"Lindgren"},   {"Axelsson"},
    {"Bergström"}, {"Lundberg"},  {"Lundgren"},  {"Sjöberg"},    {"Åberg"},      {"Öberg"}};

constexpr Name kNorwegianMale[] = {{"Jan"},   {"Per"},  {"Bjørn"}, {"Ole"},    {"Lars"},
                                   {"Kjell"}, {"Knut"}, {"Arne"},  {"Svein"},  {"Thomas"},
                                   {"Hans"},  {"Geir"}, {"Tor"},   {"Morten"}, {"Terje"},
                                   {"Odd"},   {"Jon"},  {"Espen"}, {"Håkon"},  {"Sindre"}};
constexpr Name kNorwegianFemale[] = {{"Anne"},  {"Inger"}, {"Kari"},    {"Marit"},    {"Ingrid"},
                                     {"Liv"},   {"Eva"},   {"Berit"},   {"Astrid"},   {"Bjørg"},
                                     {"Hilde"}, {"Anna"},  {"Solveig"}, {"Marianne"}, {"Randi"},
                                     {"Ida"},   {"Nora"},  {"Sigrid"},  {"Tone"},     {"Åse"}};
constexpr Name kNorwegianFamily[] = {
    {"Hansen"},   {"Johansen"},    {"Olsen"},     {"Larsen"},    {"Andersen"},    {"Pedersen"},
    {"Nilsen"},   {"Kristiansen"}, {"Jensen"},    {"Karlsen"},   {"Johnsen"},     {"Pettersen"},
    {"Eriksen"},  {"Berg"},        {"Haugen"},    {"Hagen"},     {"Johannessen"}, {"Andreassen"},
    {"Jacobsen"}, {"Dahl"},        {"Jørgensen"}, {"Halvorsen"}, {"Henriksen"},   {"Lund"},
    {"Sørensen"}, {"Strand"},      {"Solberg"},   {"Bakken"},    {"Moen"},        {"Sæther"},
    {"Løken"},    {"Ødegård"}};

constexpr Name kDanishMale[] = {{"Peter"},  {"Jens"},      {"Michael"}, {"Lars"},   {"Henrik"},
                                {"Søren"},  {"Thomas"},    {"Jan"},     {"Niels"},  {"Morten"},
                                {"Rasmus"}, {"Christian"}, {"Martin"},  {"Anders"}, {"Jesper"},
                                {"Mads"},   {"Frederik"},  {"Emil"},    {"Jørgen"}, {"Bent"}};
constexpr Name kDanishFemale[] = {{"Anne"}, {"Kirsten"}, {"Mette"}, {"Hanne"},    {"Helle"},
                                  {"Anna"}, {"Susanne"}, {"Lene"},  {"Maria"},    {"Marianne"},
                                  {"Lone"}, {"Camilla"}, {"Pia"},   {"Louise"},   {"Charlotte"},
                                  {"Ida"},  {"Freja"},   {"Sofie"}, {"Birgitte"}, {"Inge"}};
constexpr Name kDanishFamily[] = {
    {"Nielsen"},    {"Jensen"},    {"Hansen"},     {"Pedersen"},     {"Andersen"},  {"Christensen"},
    {"Larsen"},     {"Sørensen"},  {"Rasmussen"},  {"Jørgensen"},    {"Petersen"},  {"Madsen"},
    {"Kristensen"}, {"Olsen"},     {"Thomsen"},    {"Christiansen"}, {"Poulsen"},   {"Johansen"},
    {"Møller"},     {"Mortensen"}, {"Knudsen"},    {"Jakobsen"},     {"Mikkelsen"}, {"Frederiksen"},
    {"Holm"},       {"Kjær"},      {"Østergaard"}, {"Skov"},         {"Bach"}};

constexpr Name kPortugueseMale[] = {{"João"},   {"José"},   {"António"}, {"Francisco"}, {"Manuel"},
                                    {"Pedro"},  {"Luís"},   {"Carlos"},  {"Miguel"},    {"Rui"},
                                    {"Paulo"},  {"Tiago"},  {"Diogo"},   {"Rodrigo"},   {"Gonçalo"},
                                    {"Afonso"}, {"Duarte"}, {"Martim"},  {"Tomás"},     {"Sérgio"}};
constexpr Name kPortugueseFemale[] = {
    {"Maria"},     {"Ana"},      {"Joana"},  {"Inês"},      {"Beatriz"}, {"Mariana"}, {"Sofia"},
    {"Catarina"},  {"Carolina"}, {"Rita"},   {"Margarida"}, {"Leonor"},  {"Matilde"}, {"Luísa"},
    {"Conceição"}, {"Fátima"},   {"Teresa"}, {"Helena"},    {"Sónia"},   {"Patrícia"}};
constexpr Name kPortugueseFamily[] = {
    {"Silva"},     {"Santos"},    {"Ferreira"}, {"Pereira"},  {"Oliveira"},  {"Costa"},
    {"Rodrigues"}, {"Martins"},   {"Jesus"},    {"Sousa"},    {"Fernandes"}, {"Gonçalves"},
    {"Gomes"},     {"Lopes"},     {"Marques"},  {"Alves"},    {"Almeida"},   {"Ribeiro"},
    {"Pinto"},     {"Carvalho"},  {"Teixeira"}, {"Moreira"},  {"Correia"},   {"Mendes"},
    {"Nunes"},     {"Soares"},    {"Vieira"},   {"Monteiro"}, {"Cardoso"},   {"Rocha"},
    {"Simões"},    {"Magalhães"}, {"Araújo"},   {"Brandão"}};

constexpr Name kDutchMale[] = {{"Jan"},     {"Johannes"}, {"Cornelis"}, {"Hendrik"}, {"Willem"},
                               {"Pieter"},  {"Gerrit"},   {"Dirk"},     {"Daan"},    {"Sem"},
                               {"Lucas"},   {"Bram"},     {"Thijs"},    {"Ruben"},   {"Jeroen"},
                               {"Maarten"}, {"Sander"},   {"Joris"},    {"Stijn"},   {"Bas"}};
constexpr Name kDutchFemale[] = {{"Maria"}, {"Johanna"}, {"Anna"},    {"Cornelia"}, {"Elisabeth"},
                                 {"Emma"},  {"Julia"},   {"Sophie"},  {"Tess"},     {"Fleur"},
                                 {"Sanne"}, {"Lotte"},   {"Anouk"},   {"Femke"},    {"Eva"},
                                 {"Noor"},  {"Lieke"},   {"Marieke"}, {"Inge"},     {"Chloë"}};
constexpr Name kDutchFamily[] = {
    {"de Jong"},        {"Jansen"},   {"de Vries"},    {"van den Berg"}, {"van Dijk"},
    {"Bakker"},         {"Janssen"},  {"Visser"},      {"Smit"},         {"Meijer"},
    {"de Boer"},        {"Mulder"},   {"de Groot"},    {"Bos"},          {"Vos"},
    {"Peters"},         {"Hendriks"}, {"van Leeuwen"}, {"Dekker"},       {"Brouwer"},
    {"de Wit"},         {"Dijkstra"}, {"Smits"},       {"de Graaf"},     {"van der Meer"},
    {"van der Linden"}, {"Kok"},      {"Jacobs"},      {"de Haan"},      {"Vermeulen"}};

constexpr Name kTurkishMale[] = {{"Mehmet"}, {"Mustafa"}, {"Ahmet"},   {"Ali"},   {"Hüseyin"},
                                 {"Hasan"},  {"İbrahim"}, {"İsmail"},  {"Osman"}, {"Yusuf"},
                                 {"Murat"},  {"Ömer"},    {"Ramazan"}, {"Halil"}, {"Süleyman"},
                                 {"Emre"},   {"Burak"},   {"Çağlar"},  {"Kerem"}, {"Eren"}};
constexpr Name kTurkishFemale[] = {{"Fatma"},  {"Ayşe"},    {"Emine"},  {"Hatice"}, {"Zeynep"},
                                   {"Elif"},   {"Meryem"},  {"Şerife"}, {"Zehra"},  {"Sultan"},
                                   {"Hanife"}, {"Merve"},   {"Özlem"},  {"Esra"},   {"Büşra"},
                                   {"Gül"},    {"Yasemin"}, {"Derya"},  {"Sevgi"},  {"Çiğdem"}};
constexpr Name kTurkishFamily[] = {{"Yılmaz"}, {"Kaya"},     {"Demir"},   {"Şahin"}, {"Çelik"},
                                   {"Yıldız"}, {"Yıldırım"}, {"Öztürk"},  {"Aydın"}, {"Özdemir"},
                                   {"Arslan"}, {"Doğan"},    {"Kılıç"},   {"Aslan"}, {"Çetin"},
                                   {"Kara"},   {"Koç"},      {"Kurt"},    {"Özkan"}, {"Şimşek"},
                                   {"Polat"},  {"Korkmaz"},  {"Erdoğan"}, {"Güneş"}};

// Vietnamese given names carry the middle name ("Văn An"): the family name comes first.
constexpr Name kVietnameseMale[] = {{"Văn An"},     {"Văn Hùng"},   {"Minh Tuấn"},  {"Đức Anh"},
                                    {"Quang Huy"},  {"Văn Nam"},    {"Hoàng Long"}, {"Thành Công"},
                                    {"Minh Khang"}, {"Gia Bảo"},    {"Văn Dũng"},   {"Hữu Phước"},
                                    {"Quốc Bảo"},   {"Đình Trọng"}, {"Tuấn Kiệt"}};
constexpr Name kVietnameseFemale[] = {
    {"Thị Lan"},   {"Thị Hương"},   {"Thị Mai"},   {"Ngọc Anh"},   {"Thu Trang"},
    {"Thị Hoa"},   {"Phương Linh"}, {"Thanh Hà"},  {"Bảo Ngọc"},   {"Thị Thu"},
    {"Minh Châu"}, {"Khánh Linh"},  {"Thùy Dung"}, {"Hồng Nhung"}, {"Thị Hạnh"}};
constexpr Name kVietnameseFamily[] = {
    {"Nguyễn"}, {"Trần"}, {"Lê"},  {"Phạm"}, {"Hoàng"}, {"Huỳnh"}, {"Phan"},  {"Vũ"},
    {"Võ"},     {"Đặng"}, {"Bùi"}, {"Đỗ"},   {"Hồ"},    {"Ngô"},   {"Dương"}, {"Lý"}};

// Shared by GB, US, CA, AU, NZ, IE and SG: Irish and Singaporean family names included.
constexpr Name kEnglishMale[] = {{"James"},   {"John"},    {"Robert"}, {"Michael"}, {"William"},
                                 {"David"},   {"Richard"}, {"Joseph"}, {"Thomas"},  {"Charles"},
                                 {"Daniel"},  {"Matthew"}, {"Oliver"}, {"George"},  {"Harry"},
                                 {"Jack"},    {"Liam"},    {"Noah"},   {"Ethan"},   {"Sean"},
                                 {"Patrick"}, {"Conor"}};
constexpr Name kEnglishFemale[] = {
    {"Mary"},    {"Patricia"}, {"Jennifer"}, {"Linda"}, {"Elizabeth"}, {"Barbara"}, {"Susan"},
    {"Jessica"}, {"Sarah"},    {"Karen"},    {"Emily"}, {"Olivia"},    {"Amelia"},  {"Isla"},
    {"Ava"},     {"Sophie"},   {"Grace"},    {"Chloe"}, {"Siobhan"},   {"Aoife"},   {"Emma"}};
constexpr Name kEnglishFamily[] = {
    {"Smith"},     {"Jones"},    {"Williams"}, {"Taylor"},  {"Brown"},      {"Davies"},
    {"Evans"},     {"Wilson"},   {"Thomas"},   {"Johnson"}, {"Roberts"},    {"Robinson"},
    {"Thompson"},  {"Wright"},   {"Walker"},   {"White"},   {"Edwards"},    {"Hughes"},
    {"Green"},     {"Hall"},     {"Miller"},   {"Davis"},   {"Anderson"},   {"Martin"},
    {"Jackson"},   {"Murphy"},   {"Kelly"},    {"O'Brien"}, {"O'Sullivan"}, {"Walsh"},
    {"MacDonald"}, {"Campbell"}, {"Tan"},      {"Lim"},     {"Ng"},         {"Wong"}};

}  // namespace

const NameSet kGerman{kGermanMale, kGermanFemale, kGermanFamily, {}};
const NameSet kFrench{kFrenchMale, kFrenchFemale, kFrenchFamily, {}};
const NameSet kSpanish{kSpanishMale, kSpanishFemale, kSpanishFamily, {}};
const NameSet kItalian{kItalianMale, kItalianFemale, kItalianFamily, {}};
const NameSet kPolish{kPolishMale, kPolishFemale, kPolishFamilyMale, kPolishFamilyFemale};
const NameSet kCzech{kCzechMale, kCzechFemale, kCzechFamilyMale, kCzechFamilyFemale};
const NameSet kSwedish{kSwedishMale, kSwedishFemale, kSwedishFamily, {}};
const NameSet kNorwegian{kNorwegianMale, kNorwegianFemale, kNorwegianFamily, {}};
const NameSet kDanish{kDanishMale, kDanishFemale, kDanishFamily, {}};
const NameSet kPortuguese{kPortugueseMale, kPortugueseFemale, kPortugueseFamily, {}};
const NameSet kDutch{kDutchMale, kDutchFemale, kDutchFamily, {}};
const NameSet kTurkish{kTurkishMale, kTurkishFemale, kTurkishFamily, {}};
const NameSet kVietnamese{
    kVietnameseMale, kVietnameseFemale, kVietnameseFamily, {}, NameOrder::FamilyGiven};
const NameSet kEnglish{kEnglishMale, kEnglishFemale, kEnglishFamily, {}};

}  // namespace caravan::datagen::names
