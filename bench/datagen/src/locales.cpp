// The countries of a European cross-border seller's customer base: weights put DE, GB, FR and
// US first, and every country appears. Cities carry the leading digits of their real postal
// codes so that a postal code and its city agree.
#include "caravan/datagen/locale.hpp"
#include "names.hpp"

namespace caravan::datagen {
namespace {

using sv = std::string_view;

// --- DE ---
constexpr sv kDeDomains[] = {"web.de",    "gmx.de",     "gmx.net",  "t-online.de", "gmail.com",
                             "gmail.com", "outlook.de", "yahoo.de", "freenet.de",  "posteo.de"};
constexpr City kDeCities[] = {{"Berlin", "10"},
                              {"Hamburg", "20"},
                              {"München", "80"},
                              {"Köln", "50"},
                              {"Frankfurt am Main", "60"},
                              {"Stuttgart", "70"},
                              {"Düsseldorf", "40"},
                              {"Leipzig", "04"},
                              {"Dresden", "01"},
                              {"Nürnberg", "90"},
                              {"Bremen", "28"}};
constexpr sv kDeStreets[] = {"Hauptstraße", "Bahnhofstraße", "Gartenstraße",   "Schulstraße",
                             "Dorfstraße",  "Bergstraße",    "Lindenstraße",   "Friedrichstraße",
                             "Am Markt",    "Goethestraße",  "Schillerstraße", "Kirchweg"};
constexpr sv kDeLine2[] = {"2. OG", "Hinterhaus", "Wohnung %n", "c/o Büro %n"};
constexpr sv kDeCompanies[] = {"%f GmbH", "%f & Söhne GmbH", "%f Handels GmbH",
                               "%f KG",   "%f AG",           "%f Logistik GmbH & Co. KG"};

// --- AT ---
constexpr sv kAtDomains[] = {"gmx.at",    "aon.at",      "chello.at", "gmail.com",
                             "gmail.com", "outlook.com", "yahoo.com"};
constexpr City kAtCities[] = {{"Wien", "10"},      {"Wien", "11"},     {"Graz", "80"},
                              {"Linz", "40"},      {"Salzburg", "50"}, {"Innsbruck", "60"},
                              {"Klagenfurt", "90"}};
constexpr sv kAtStreets[] = {"Hauptstraße", "Mariahilfer Straße", "Bahnhofstraße", "Kirchengasse",
                             "Schulgasse",  "Linzer Straße",      "Grazer Straße"};
constexpr sv kAtLine2[] = {"Stiege 2/Top %n", "Top %n"};
constexpr sv kAtCompanies[] = {"%f GmbH", "%f KG", "%f & Co KG", "%f e.U."};

// --- FR ---
constexpr sv kFrDomains[] = {"orange.fr", "free.fr",    "sfr.fr",   "laposte.net", "gmail.com",
                             "gmail.com", "hotmail.fr", "yahoo.fr", "wanadoo.fr"};
constexpr City kFrCities[] = {{"Paris", "750"},      {"Marseille", "130"}, {"Lyon", "690"},
                              {"Toulouse", "310"},   {"Nice", "060"},      {"Nantes", "440"},
                              {"Strasbourg", "670"}, {"Bordeaux", "330"},  {"Lille", "590"}};
constexpr sv kFrStreets[] = {
    "rue Victor Hugo",    "rue de la République",     "boulevard Saint-Michel",
    "avenue Jean Jaurès", "rue du Général de Gaulle", "place de l'Église",
    "rue Pasteur",        "chemin des Vignes",        "allée des Tilleuls",
    "impasse du Moulin"};
constexpr sv kFrLine2[] = {"Bâtiment B", "Appartement %n", "Résidence Les Pins", "%ne étage"};
constexpr sv kFrCompanies[] = {"%f SARL", "%f SAS", "Établissements %f", "%f et Fils"};

// --- ES ---
constexpr sv kEsDomains[] = {"gmail.com", "gmail.com",      "hotmail.es",
                             "yahoo.es",  "telefonica.net", "outlook.es"};
constexpr City kEsCities[] = {{"Madrid", "280"},  {"Barcelona", "080"}, {"Valencia", "460"},
                              {"Sevilla", "410"}, {"Zaragoza", "500"},  {"Málaga", "290"},
                              {"Bilbao", "480"}};
constexpr sv kEsStreets[] = {"Calle Mayor",     "Calle Real",     "Avenida de la Constitución",
                             "Calle de Alcalá", "Gran Vía",       "Paseo de Gracia",
                             "Calle San José",  "Plaza de España"};
constexpr sv kEsLine2[] = {"%nº B", "%nº izquierda", "Bajo", "Ático"};
constexpr sv kEsCompanies[] = {"%f S.L.", "%f y Asociados S.L.", "Comercial %f S.A.",
                               "Hermanos %f S.L."};

// --- IT ---
constexpr sv kItDomains[] = {"libero.it", "gmail.com",   "gmail.com",  "hotmail.it",
                             "alice.it",  "virgilio.it", "tiscali.it", "yahoo.it"};
constexpr City kItCities[] = {{"Roma", "001"},   {"Milano", "201"},  {"Napoli", "801"},
                              {"Torino", "101"}, {"Palermo", "901"}, {"Bologna", "401"},
                              {"Firenze", "501"}};
constexpr sv kItStreets[] = {"Via Roma",
                             "Via Garibaldi",
                             "Via Giuseppe Mazzini",
                             "Corso Vittorio Emanuele II",
                             "Via Dante Alighieri",
                             "Piazza del Popolo",
                             "Via XX Settembre",
                             "Viale dei Mille"};
constexpr sv kItLine2[] = {"Scala B", "Interno %n", "Piano %n"};
constexpr sv kItCompanies[] = {"%f S.r.l.", "%f & Figli S.r.l.", "%f S.p.A.", "F.lli %f S.n.c."};

// --- PL ---
constexpr sv kPlDomains[] = {"wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com", "gmail.com"};
constexpr City kPlCities[] = {{"Warszawa", "02"}, {"Kraków", "31"}, {"Łódź", "91"},
                              {"Wrocław", "53"},  {"Poznań", "61"}, {"Gdańsk", "80"},
                              {"Szczecin", "71"}};
constexpr sv kPlStreets[] = {"ul. Marszałkowska", "ul. Długa",      "ul. Polna",
                             "ul. Leśna",         "ul. Słoneczna",  "ul. Krótka",
                             "ul. Mickiewicza",   "ul. Kościuszki", "al. Jerozolimskie",
                             "ul. Piłsudskiego"};
constexpr sv kPlLine2[] = {"lok. %n", "m. %n"};
constexpr sv kPlCompanies[] = {"%f Sp. z o.o.", "P.H.U. %f", "%f i Wspólnicy Sp.j.", "%f S.A."};

// --- CZ ---
constexpr sv kCzDomains[] = {"seznam.cz",  "seznam.cz", "email.cz",
                             "centrum.cz", "gmail.com", "post.cz"};
constexpr City kCzCities[] = {{"Praha", "1"},  {"Brno", "6"},     {"Ostrava", "70"},
                              {"Plzeň", "30"}, {"Liberec", "46"}, {"Olomouc", "77"}};
constexpr sv kCzStreets[] = {"Národní",  "Husova", "Masarykova", "Palackého",
                             "Nádražní", "Školní", "Komenského", "Žižkova"};
constexpr sv kCzLine2[] = {"byt %n"};
constexpr sv kCzCompanies[] = {"%f s.r.o.", "%f a.s.", "%f a syn s.r.o."};

// --- SE ---
constexpr sv kSeDomains[] = {"gmail.com", "hotmail.com", "telia.com",   "outlook.com",
                             "live.se",   "yahoo.se",    "bredband.net"};
constexpr City kSeCities[] = {{"Stockholm", "11"}, {"Göteborg", "41"}, {"Malmö", "21"},
                              {"Uppsala", "75"},   {"Västerås", "72"}, {"Örebro", "70"}};
constexpr sv kSeStreets[] = {"Storgatan",  "Drottninggatan", "Kungsgatan",
                             "Skolgatan",  "Vasagatan",      "Järnvägsgatan",
                             "Kyrkogatan", "Parkvägen",      "Björkvägen"};
constexpr sv kSeLine2[] = {"lgh 1%n"};
constexpr sv kSeCompanies[] = {"%f AB", "%f & Söner AB", "%f Handelsbolag"};

// --- NO ---
constexpr sv kNoDomains[] = {"gmail.com",   "online.no", "hotmail.com",
                             "outlook.com", "yahoo.no",  "live.no"};
constexpr City kNoCities[] = {{"Oslo", "0"},       {"Bergen", "50"}, {"Trondheim", "70"},
                              {"Stavanger", "40"}, {"Tromsø", "90"}, {"Drammen", "30"}};
constexpr sv kNoStreets[] = {"Storgata",  "Kirkegata",   "Kongens gate", "Dronningens gate",
                             "Skolegata", "Bjørkeveien", "Løkkeveien",   "Strandgata"};
constexpr sv kNoLine2[] = {"H0%n"};
constexpr sv kNoCompanies[] = {"%f AS", "%f & Sønn AS", "%f Handel AS"};

// --- DK ---
constexpr sv kDkDomains[] = {"gmail.com",  "hotmail.com", "jubii.dk", "live.dk",
                             "outlook.dk", "yahoo.dk",    "mail.dk"};
constexpr City kDkCities[] = {{"København K", "1"}, {"Aarhus C", "80"}, {"Odense C", "50"},
                              {"Aalborg", "90"},    {"Esbjerg", "67"},  {"Randers", "89"}};
constexpr sv kDkStreets[] = {"Østergade", "Vestergade", "Nørregade", "Søndergade", "Algade",
                             "Kirkevej",  "Skolevej",   "Bøgevej",   "Strandvejen"};
constexpr sv kDkLine2[] = {"%n. tv.", "%n. th.", "st."};
constexpr sv kDkCompanies[] = {"%f ApS", "%f A/S", "%f & Søn ApS"};

// --- PT ---
constexpr sv kPtDomains[] = {"gmail.com",  "gmail.com",  "sapo.pt", "hotmail.com",
                             "outlook.pt", "netcabo.pt", "iol.pt"};
constexpr City kPtCities[] = {{"Lisboa", "1"},   {"Porto", "4"}, {"Braga", "47"},
                              {"Coimbra", "30"}, {"Faro", "80"}, {"Aveiro", "38"}};
constexpr sv kPtStreets[] = {"Rua Augusta",     "Avenida da Liberdade", "Rua de Santa Catarina",
                             "Rua do Comércio", "Rua da Alegria",       "Avenida dos Aliados",
                             "Rua Direita",     "Travessa do Carmo",    "Rua Sá da Bandeira"};
constexpr sv kPtLine2[] = {"%n.º Esq.", "%n.º Dto.", "R/C"};
constexpr sv kPtCompanies[] = {"%f, Lda.", "%f & Filhos, Lda.", "%f S.A."};

// --- NL ---
constexpr sv kNlDomains[] = {"gmail.com",   "hotmail.nl", "ziggo.nl", "kpnmail.nl",
                             "outlook.com", "live.nl",    "xs4all.nl"};
constexpr City kNlCities[] = {{"Amsterdam", "10"}, {"Rotterdam", "30"}, {"Den Haag", "25"},
                              {"Utrecht", "35"},   {"Eindhoven", "56"}, {"Groningen", "97"}};
constexpr sv kNlStreets[] = {"Kerkstraat",  "Dorpsstraat",   "Schoolstraat", "Molenweg",
                             "Stationsweg", "Julianastraat", "Beatrixlaan",  "Prinsengracht",
                             "Hoofdstraat", "Industrieweg"};
constexpr sv kNlLine2[] = {"%n hoog", "Huis B"};
constexpr sv kNlCompanies[] = {"%f B.V.", "%f en Zonen B.V.", "Handelsonderneming %f",
                               "%f Holding B.V."};

// --- TR ---
constexpr sv kTrDomains[] = {"gmail.com",   "gmail.com", "hotmail.com", "yandex.com.tr",
                             "outlook.com", "mynet.com", "yahoo.com"};
constexpr City kTrCities[] = {{"İstanbul", "34"}, {"Ankara", "06"},  {"İzmir", "35"},
                              {"Bursa", "16"},    {"Antalya", "07"}, {"Adana", "01"}};
constexpr sv kTrStreets[] = {
    "Atatürk Caddesi", "İstiklal Caddesi", "Cumhuriyet Caddesi", "Gazi Mustafa Kemal Bulvarı",
    "Okul Sokak",      "Çiçek Sokak",      "Bağdat Caddesi",     "Lale Sokak"};
constexpr sv kTrLine2[] = {"Daire %n", "Kat %n"};
constexpr sv kTrCompanies[] = {"%f Ltd. Şti.", "%f Ticaret A.Ş.", "%f Gıda San. ve Tic. Ltd. Şti."};

// --- VN ---
constexpr sv kVnDomains[] = {"gmail.com",   "gmail.com",   "yahoo.com.vn",
                             "outlook.com", "hotmail.com", "fpt.vn"};
constexpr City kVnCities[] = {{"Hà Nội", "10"},  {"Thành phố Hồ Chí Minh", "70"},
                              {"Đà Nẵng", "55"}, {"Hải Phòng", "18"},
                              {"Cần Thơ", "94"}, {"Huế", "53"}};
constexpr sv kVnStreets[] = {"Lê Lợi",         "Trần Hưng Đạo", "Nguyễn Huệ",      "Hai Bà Trưng",
                             "Lý Thường Kiệt", "Điện Biên Phủ", "Phan Đình Phùng", "Võ Văn Tần"};
constexpr sv kVnLine2[] = {"Phòng %n", "Tầng %n"};
constexpr sv kVnCompanies[] = {"Công ty TNHH %f", "Công ty Cổ phần %f"};

// --- RU ---
constexpr sv kRuDomains[] = {"mail.ru",    "mail.ru", "yandex.ru", "gmail.com",
                             "rambler.ru", "bk.ru",   "list.ru",   "inbox.ru"};
constexpr City kRuCities[] = {
    {"Москва", "10"},       {"Москва", "12"}, {"Санкт-Петербург", "19"}, {"Новосибирск", "63"},
    {"Екатеринбург", "62"}, {"Казань", "42"}, {"Нижний Новгород", "60"}};
constexpr sv kRuStreets[] = {"ул. Ленина",    "ул. Пушкина", "пр. Мира",     "ул. Гагарина",
                             "ул. Советская", "Невский пр.", "ул. Тверская", "ул. Садовая"};
constexpr sv kRuLine2[] = {"кв. %n", "корп. %n, кв. %n"};
constexpr sv kRuCompanies[] = {"ООО «%f»", "АО «%f и партнёры»", "ИП %f"};

// --- UA ---
constexpr sv kUaDomains[] = {"ukr.net", "ukr.net", "gmail.com", "i.ua", "meta.ua", "outlook.com"};
constexpr City kUaCities[] = {{"Київ", "02"},   {"Харків", "61"}, {"Одеса", "65"},
                              {"Дніпро", "49"}, {"Львів", "79"},  {"Запоріжжя", "69"}};
constexpr sv kUaStreets[] = {"вул. Шевченка",      "вул. Хрещатик", "вул. Франка",
                             "просп. Перемоги",    "вул. Садова",   "вул. Грушевського",
                             "вул. Лесі Українки", "вул. Соборна"};
constexpr sv kUaLine2[] = {"кв. %n"};
constexpr sv kUaCompanies[] = {"ТОВ «%f»", "ФОП %f", "ПП «%f»"};

// --- BG ---
constexpr sv kBgDomains[] = {"abv.bg", "abv.bg", "gmail.com", "mail.bg", "dir.bg", "yahoo.com"};
constexpr City kBgCities[] = {{"София", "10"},  {"Пловдив", "40"}, {"Варна", "90"},
                              {"Бургас", "80"}, {"Русе", "70"},    {"Стара Загора", "60"}};
constexpr sv kBgStreets[] = {"ул. Витоша",           "бул. Витоша",     "ул. Граф Игнатиев",
                             "бул. България",        "ул. Раковски",    "ул. Шипка",
                             "бул. Цар Освободител", "ул. Христо Ботев"};
constexpr sv kBgLine2[] = {"ет. %n, ап. %n", "вх. Б"};
constexpr sv kBgCompanies[] = {"%f ЕООД", "%f ООД", "%f и сие ООД"};

// --- GR ---
constexpr sv kGrDomains[] = {"gmail.com", "gmail.com", "yahoo.gr",   "hotmail.com",
                             "otenet.gr", "hol.gr",    "outlook.com"};
constexpr City kGrCities[] = {{"Αθήνα", "10"},    {"Θεσσαλονίκη", "54"}, {"Πάτρα", "26"},
                              {"Ηράκλειο", "71"}, {"Λάρισα", "41"},      {"Βόλος", "38"}};
constexpr sv kGrStreets[] = {"Ερμού",         "Λεωφόρος Βασιλίσσης Σοφίας",
                             "Πανεπιστημίου", "Αθηνάς",
                             "Εγνατία",       "Τσιμισκή",
                             "Αριστοτέλους",  "Ακαδημίας"};
constexpr sv kGrLine2[] = {"%nος όροφος"};
constexpr sv kGrCompanies[] = {"%f Α.Ε.", "%f Ε.Π.Ε.", "%f & ΣΙΑ Ο.Ε."};

// --- CN ---
constexpr sv kCnDomains[] = {"qq.com",   "qq.com",    "163.com",     "126.com",
                             "sina.com", "gmail.com", "foxmail.com", "sohu.com"};
constexpr City kCnCities[] = {{"北京市", "10"},  {"上海市", "20"}, {"广州市", "51"},
                              {"深圳市", "518"}, {"成都市", "61"}, {"杭州市", "31"},
                              {"武汉市", "43"}};
constexpr sv kCnStreets[] = {"中山路", "人民路", "解放路", "建设路",
                             "长安街", "南京路", "和平路", "新华路"};
constexpr sv kCnLine2[] = {"%n栋%n室", "A座%n"};
constexpr sv kCnCompanies[] = {"%f氏贸易有限公司", "%f氏电子科技有限公司"};

// --- TW ---
constexpr sv kTwDomains[] = {"gmail.com", "yahoo.com.tw",  "yahoo.com.tw", "hotmail.com",
                             "hinet.net", "msa.hinet.net", "outlook.com"};
constexpr City kTwCities[] = {{"臺北市", "100"}, {"新北市", "220"}, {"臺中市", "400"},
                              {"高雄市", "800"}, {"臺南市", "700"}, {"桃園市", "330"}};
constexpr sv kTwStreets[] = {"中正路", "忠孝東路", "中山北路", "民生路",
                             "信義路", "復興南路", "和平東路"};
constexpr sv kTwLine2[] = {"%n樓", "%n樓之%n"};
constexpr sv kTwCompanies[] = {"%f氏貿易股份有限公司", "%f記實業有限公司"};

// --- JP ---
constexpr sv kJpDomains[] = {"yahoo.co.jp",  "yahoo.co.jp", "gmail.com",
                             "docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp",
                             "icloud.com",   "nifty.com",   "outlook.jp"};
constexpr City kJpCities[] = {{"東京都千代田区", "100"}, {"東京都渋谷区", "150"},
                              {"大阪市北区", "530"},     {"横浜市中区", "231"},
                              {"名古屋市中区", "460"},   {"札幌市中央区", "060"},
                              {"福岡市中央区", "810"},   {"京都市下京区", "600"}};
constexpr sv kJpStreets[] = {"丸の内", "神宮前", "梅田", "山下町",
                             "栄",     "大通西", "天神", "四条通"};
constexpr sv kJpLine2[] = {"%n号室", "サンハイツ%n号室"};
constexpr sv kJpCompanies[] = {"株式会社%f", "%f商事株式会社", "有限会社%f工業"};

// --- KR ---
constexpr sv kKrDomains[] = {"naver.com",   "naver.com", "daum.net", "gmail.com",
                             "hanmail.net", "nate.com",  "kakao.com"};
constexpr City kKrCities[] = {{"서울특별시", "03"}, {"서울특별시", "06"}, {"부산광역시", "48"},
                              {"인천광역시", "21"}, {"대구광역시", "41"}, {"대전광역시", "34"},
                              {"광주광역시", "61"}};
constexpr sv kKrStreets[] = {"세종대로", "테헤란로", "강남대로", "올림픽로",
                             "해운대로", "중앙로",   "충장로"};
constexpr sv kKrLine2[] = {"%n동 %n호", "%n호"};
constexpr sv kKrCompanies[] = {"(주)%f상사", "%f무역 주식회사"};

// --- SA, AE, EG ---
constexpr sv kArabDomains[] = {"gmail.com",   "gmail.com", "hotmail.com",
                               "outlook.com", "yahoo.com", "icloud.com"};
constexpr City kSaCities[] = {{"الرياض", "11"},
                              {"جدة", "21"},
                              {"مكة المكرمة", "24"},
                              {"المدينة المنورة", "42"},
                              {"الدمام", "32"}};
constexpr sv kSaStreets[] = {"طريق الملك فهد", "شارع العليا",       "طريق الملك عبدالعزيز",
                             "شارع التحلية",   "شارع الأمير سلطان", "شارع الستين"};
constexpr sv kSaLine2[] = {"شقة %n"};
constexpr sv kSaCompanies[] = {"شركة %f للتجارة", "مؤسسة %f التجارية"};
constexpr sv kAeDomains[] = {"gmail.com",   "hotmail.com", "emirates.net.ae",
                             "outlook.com", "yahoo.com",   "icloud.com"};
constexpr City kAeCities[] = {{"دبي", ""},   {"أبوظبي", ""}, {"الشارقة", ""},
                              {"عجمان", ""}, {"العين", ""},  {"رأس الخيمة", ""}};
constexpr sv kAeStreets[] = {"شارع الشيخ زايد", "شارع الوصل",    "شارع الخليج",
                             "شارع حمدان",      "شارع الكورنيش", "شارع المطار"};
constexpr sv kAeLine2[] = {"شقة %n", "فيلا %n"};
constexpr sv kAeCompanies[] = {"%f للتجارة العامة ذ.م.م", "شركة %f ذ.م.م"};
constexpr City kEgCities[] = {{"القاهرة", "11"}, {"الإسكندرية", "21"}, {"الجيزة", "12"},
                              {"بورسعيد", "42"}, {"المنصورة", "35"},   {"أسوان", "81"}};
constexpr sv kEgStreets[] = {"شارع التحرير",  "شارع الهرم",
                             "شارع طلعت حرب", "شارع جامعة الدول العربية",
                             "طريق الكورنيش", "شارع 26 يوليو"};
constexpr sv kEgLine2[] = {"شقة %n", "الدور %n"};
constexpr sv kEgCompanies[] = {"شركة %f للاستيراد والتصدير", "%f وشركاه"};

// --- IL ---
constexpr sv kIlDomains[] = {"gmail.com",  "gmail.com",    "walla.co.il", "hotmail.com",
                             "012.net.il", "bezeqint.net", "outlook.com"};
constexpr City kIlCities[] = {{"ירושלים", "91"}, {"תל אביב-יפו", "61"}, {"חיפה", "31"},
                              {"באר שבע", "84"}, {"נתניה", "42"},       {"ראשון לציון", "75"}};
constexpr sv kIlStreets[] = {"רחוב הרצל",     "שדרות רוטשילד", "רחוב יפו",
                             "רחוב בן יהודה", "רחוב ויצמן",    "רחוב ז'בוטינסקי"};
constexpr sv kIlLine2[] = {"דירה %n", "קומה %n"};
constexpr sv kIlCompanies[] = {"%f בע\"מ", "%f ובניו בע\"מ"};

// --- TH ---
constexpr sv kThDomains[] = {"gmail.com",   "gmail.com",   "hotmail.com",
                             "yahoo.co.th", "outlook.com", "icloud.com"};
constexpr City kThCities[] = {{"กรุงเทพมหานคร", "10"}, {"เชียงใหม่", "50"}, {"ภูเก็ต", "83"},
                              {"ขอนแก่น", "40"},       {"ชลบุรี", "20"},    {"นครราชสีมา", "30"}};
constexpr sv kThStreets[] = {"ถนนสุขุมวิท",  "ถนนสีลม",      "ถนนพหลโยธิน",
                             "ถนนเพชรบุรี", "ถนนรัชดาภิเษก", "ถนนนิมมานเหมินท์"};
constexpr sv kThLine2[] = {"ซอย %n", "หมู่ %n"};
constexpr sv kThCompanies[] = {"บริษัท %f จำกัด", "ห้างหุ้นส่วนจำกัด %f"};

// --- IN: names in Devanagari, addresses in English as Indian addresses are written ---
constexpr sv kInDomains[] = {"gmail.com",      "gmail.com",   "yahoo.co.in",
                             "rediffmail.com", "outlook.com", "hotmail.com"};
constexpr City kInCities[] = {{"Mumbai", "400"},  {"New Delhi", "110"}, {"Bengaluru", "560"},
                              {"Kolkata", "700"}, {"Chennai", "600"},   {"Hyderabad", "500"},
                              {"Pune", "411"},    {"Jaipur", "302"}};
constexpr sv kInStreets[] = {"MG Road",      "Station Road", "Nehru Nagar", "Park Street",
                             "Linking Road", "Brigade Road", "Anna Salai"};
constexpr sv kInLine2[] = {"Flat %n", "Near City Mall", "Sector %n"};
constexpr sv kInCompanies[] = {"%F Traders Pvt. Ltd.", "%F Enterprises", "%F & Sons"};

// --- English-speaking countries ---
constexpr sv kGbDomains[] = {"gmail.com",   "gmail.com",      "hotmail.co.uk",
                             "yahoo.co.uk", "btinternet.com", "outlook.com",
                             "sky.com",     "icloud.com",     "live.co.uk"};
constexpr City kGbCities[] = {{"London", "SW1A"},    {"London", "EC2A"},   {"London", "N1"},
                              {"London", "E14"},     {"Manchester", "M1"}, {"Manchester", "M20"},
                              {"Birmingham", "B15"}, {"Leeds", "LS6"},     {"Glasgow", "G12"},
                              {"Edinburgh", "EH3"},  {"Bristol", "BS8"},   {"Liverpool", "L17"},
                              {"Cardiff", "CF10"}};
constexpr sv kGbStreets[] = {"High Street", "Station Road", "Church Lane", "Victoria Road",
                             "Park Avenue", "Mill Lane",    "King's Road", "Queen Street",
                             "Green Lane",  "Manor Road"};
constexpr sv kGbLine2[] = {"Flat %n", "Apartment %n", "Unit %n"};
constexpr sv kGbCompanies[] = {"%f Ltd", "%f & Sons Ltd", "%f Trading Ltd", "%f plc"};

constexpr sv kUsDomains[] = {"gmail.com",   "gmail.com",  "yahoo.com",   "hotmail.com", "aol.com",
                             "outlook.com", "icloud.com", "comcast.net", "verizon.net"};
constexpr City kUsCities[] = {
    {"New York", "100", "NY"},      {"Los Angeles", "900", "CA"}, {"Chicago", "606", "IL"},
    {"Houston", "770", "TX"},       {"Phoenix", "850", "AZ"},     {"Philadelphia", "191", "PA"},
    {"San Francisco", "941", "CA"}, {"Seattle", "981", "WA"},     {"Boston", "021", "MA"},
    {"Miami", "331", "FL"},         {"Denver", "802", "CO"},      {"Austin", "787", "TX"}};
constexpr sv kUsStreets[] = {"Main Street",       "Oak Street", "Maple Avenue",   "Park Avenue",
                             "Washington Street", "Elm Street", "Lakeview Drive", "Cedar Lane",
                             "Sunset Boulevard",  "Pine Street"};
constexpr sv kUsLine2[] = {"Apt %n", "Suite %n", "Unit %n"};
constexpr sv kUsCompanies[] = {"%f LLC", "%f & Co.", "%f Inc.", "%f Trading Company"};

constexpr sv kCaDomains[] = {"gmail.com",    "gmail.com",   "hotmail.com",
                             "yahoo.ca",     "rogers.com",  "shaw.ca",
                             "sympatico.ca", "outlook.com", "videotron.ca"};
constexpr City kCaCities[] = {{"Toronto", "M5V", "ON"},   {"Montréal", "H2X", "QC"},
                              {"Vancouver", "V6B", "BC"}, {"Calgary", "T2P", "AB"},
                              {"Ottawa", "K1P", "ON"},    {"Edmonton", "T5J", "AB"},
                              {"Winnipeg", "R3C", "MB"},  {"Halifax", "B3H", "NS"}};
constexpr sv kCaStreets[] = {"Yonge Street",  "King Street West",     "Queen Street",
                             "Main Street",   "rue Sainte-Catherine", "Granville Street",
                             "Jasper Avenue", "Portage Avenue"};
constexpr sv kCaLine2[] = {"Unit %n", "Apt %n", "Suite %n"};
constexpr sv kCaCompanies[] = {"%f Ltd.", "%f Inc.", "%f Holdings Inc."};

constexpr sv kAuDomains[] = {"gmail.com",   "gmail.com",    "bigpond.com",     "hotmail.com",
                             "outlook.com", "yahoo.com.au", "optusnet.com.au", "icloud.com"};
constexpr City kAuCities[] = {{"Sydney", "20", "NSW"},   {"Melbourne", "30", "VIC"},
                              {"Brisbane", "40", "QLD"}, {"Perth", "60", "WA"},
                              {"Adelaide", "50", "SA"},  {"Hobart", "70", "TAS"},
                              {"Canberra", "26", "ACT"}};
constexpr sv kAuStreets[] = {"George Street", "Collins Street",      "Queen Street",
                             "Hay Street",    "King William Street", "Elizabeth Street",
                             "Pitt Street",   "Bourke Street",       "Beach Road"};
constexpr sv kAuLine2[] = {"Unit %n", "Level %n"};
constexpr sv kAuCompanies[] = {"%f Pty Ltd", "%f & Sons Pty Ltd", "%f Trading Pty Ltd"};

constexpr sv kNzDomains[] = {"gmail.com",   "xtra.co.nz",  "hotmail.com",
                             "outlook.com", "yahoo.co.nz", "icloud.com"};
constexpr City kNzCities[] = {{"Auckland", "10"}, {"Wellington", "60"}, {"Christchurch", "80"},
                              {"Hamilton", "32"}, {"Dunedin", "90"},    {"Tauranga", "31"}};
constexpr sv kNzStreets[] = {"Queen Street",    "Lambton Quay",     "Colombo Street",
                             "Victoria Street", "Great North Road", "Karangahape Road",
                             "George Street"};
constexpr sv kNzLine2[] = {"Unit %n", "Flat %n"};
constexpr sv kNzCompanies[] = {"%f Limited", "%f Holdings Limited"};

constexpr sv kIeDomains[] = {"gmail.com",   "gmail.com", "eircom.net", "hotmail.com",
                             "outlook.com", "yahoo.ie",  "icloud.com"};
constexpr City kIeCities[] = {{"Dublin", "D02"},   {"Dublin", "D04"}, {"Dublin", "D06"},
                              {"Cork", "T12"},     {"Galway", "H91"}, {"Limerick", "V94"},
                              {"Waterford", "X91"}};
constexpr sv kIeStreets[] = {"O'Connell Street", "Grafton Street", "Main Street", "Patrick Street",
                             "Shop Street",      "Church Road",    "Strand Road", "Seafield Road"};
constexpr sv kIeLine2[] = {"Apartment %n", "Unit %n"};
constexpr sv kIeCompanies[] = {"%f Limited", "%f & Sons Limited", "%f DAC"};

constexpr sv kSgDomains[] = {"gmail.com",   "gmail.com",      "yahoo.com.sg",
                             "hotmail.com", "singnet.com.sg", "outlook.com"};
constexpr City kSgCities[] = {{"Singapore", "01"}, {"Singapore", "23"}, {"Singapore", "31"},
                              {"Singapore", "43"}, {"Singapore", "52"}, {"Singapore", "68"}};
constexpr sv kSgStreets[] = {"Orchard Road",          "Ang Mo Kio Avenue 3", "Tampines Street 21",
                             "Jurong West Street 52", "Bedok North Road",    "Serangoon Road",
                             "Marine Parade Road"};
constexpr sv kSgLine2[] = {"#0%n-%n"};
constexpr sv kSgCompanies[] = {"%f Pte. Ltd.", "%f Trading Pte. Ltd."};

// Weights per mille of customers, roughly a German-based seller shipping across Europe, with
// marketplace sales to North America and Asia.
constexpr Locale kLocales[] = {
    {"DE", "de", "EUR", 220, true, "de", &names::kGerman, kDeDomains, kDeCities, kDeStreets,
     "%s %n", kDeLine2, "#####", kDeCompanies},
    {"GB", "en", "GBP", 120, false, "co.uk", &names::kEnglish, kGbDomains, kGbCities, kGbStreets,
     "%n %s", kGbLine2, "* #@@", kGbCompanies},
    {"FR", "fr", "EUR", 100, true, "fr", &names::kFrench, kFrDomains, kFrCities, kFrStreets,
     "%n %s", kFrLine2, "#####", kFrCompanies},
    {"US", "en", "USD", 90, false, "com", &names::kEnglish, kUsDomains, kUsCities, kUsStreets,
     "%n %s", kUsLine2, "#####", kUsCompanies},
    {"IT", "it", "EUR", 45, true, "it", &names::kItalian, kItDomains, kItCities, kItStreets,
     "%s, %n", kItLine2, "#####", kItCompanies},
    {"ES", "es", "EUR", 45, true, "es", &names::kSpanish, kEsDomains, kEsCities, kEsStreets,
     "%s, %n", kEsLine2, "#####", kEsCompanies},
    {"NL", "nl", "EUR", 40, true, "nl", &names::kDutch, kNlDomains, kNlCities, kNlStreets, "%s %n",
     kNlLine2, "#### @@", kNlCompanies},
    {"AT", "de", "EUR", 35, true, "at", &names::kGerman, kAtDomains, kAtCities, kAtStreets, "%s %n",
     kAtLine2, "####", kAtCompanies},
    {"PL", "pl", "PLN", 30, true, "pl", &names::kPolish, kPlDomains, kPlCities, kPlStreets, "%s %n",
     kPlLine2, "##-###", kPlCompanies},
    {"CA", "en", "CAD", 20, false, "ca", &names::kEnglish, kCaDomains, kCaCities, kCaStreets,
     "%n %s", kCaLine2, "* #@#", kCaCompanies},
    {"SE", "sv", "SEK", 18, true, "se", &names::kSwedish, kSeDomains, kSeCities, kSeStreets,
     "%s %n", kSeLine2, "### ##", kSeCompanies},
    {"AU", "en", "AUD", 15, false, "com.au", &names::kEnglish, kAuDomains, kAuCities, kAuStreets,
     "%n %s", kAuLine2, "####", kAuCompanies},
    {"JP", "ja", "JPY", 15, false, "co.jp", &names::kJapanese, kJpDomains, kJpCities, kJpStreets,
     "%s%n-%n-%n", kJpLine2, "###-####", kJpCompanies},
    {"IE", "en", "EUR", 12, true, "ie", &names::kEnglish, kIeDomains, kIeCities, kIeStreets,
     "%n %s", kIeLine2, "* @#@#", kIeCompanies},
    {"CZ", "cs", "CZK", 12, true, "cz", &names::kCzech, kCzDomains, kCzCities, kCzStreets, "%s %n",
     kCzLine2, "### ##", kCzCompanies},
    {"CN", "zh", "CNY", 12, false, "com.cn", &names::kChinese, kCnDomains, kCnCities, kCnStreets,
     "%s%n号", kCnLine2, "######", kCnCompanies},
    {"DK", "da", "DKK", 10, true, "dk", &names::kDanish, kDkDomains, kDkCities, kDkStreets, "%s %n",
     kDkLine2, "####", kDkCompanies},
    {"NO", "nb", "NOK", 10, false, "no", &names::kNorwegian, kNoDomains, kNoCities, kNoStreets,
     "%s %n", kNoLine2, "####", kNoCompanies},
    {"PT", "pt", "EUR", 10, true, "pt", &names::kPortuguese, kPtDomains, kPtCities, kPtStreets,
     "%s, %n", kPtLine2, "####-###", kPtCompanies},
    {"TR", "tr", "TRY", 10, false, "com.tr", &names::kTurkish, kTrDomains, kTrCities, kTrStreets,
     "%s No:%n", kTrLine2, "#####", kTrCompanies},
    {"GR", "el", "EUR", 8, true, "gr", &names::kGreek, kGrDomains, kGrCities, kGrStreets, "%s %n",
     kGrLine2, "### ##", kGrCompanies},
    {"RU", "ru", "RUB", 8, false, "ru", &names::kRussian, kRuDomains, kRuCities, kRuStreets,
     "%s, д. %n", kRuLine2, "######", kRuCompanies},
    {"IN", "hi", "INR", 8, false, "in", &names::kHindi, kInDomains, kInCities, kInStreets, "%n, %s",
     kInLine2, "######", kInCompanies},
    {"UA", "uk", "UAH", 6, false, "com.ua", &names::kUkrainian, kUaDomains, kUaCities, kUaStreets,
     "%s, %n", kUaLine2, "#####", kUaCompanies},
    {"KR", "ko", "KRW", 6, false, "co.kr", &names::kKorean, kKrDomains, kKrCities, kKrStreets,
     "%s %n", kKrLine2, "#####", kKrCompanies},
    {"AE", "ar", "AED", 6, false, "ae", &names::kArabic, kAeDomains, kAeCities, kAeStreets, "%s %n",
     kAeLine2, "", kAeCompanies},
    {"BG", "bg", "BGN", 5, true, "bg", &names::kBulgarian, kBgDomains, kBgCities, kBgStreets,
     "%s № %n", kBgLine2, "####", kBgCompanies},
    {"TW", "zh", "TWD", 5, false, "com.tw", &names::kTaiwanese, kTwDomains, kTwCities, kTwStreets,
     "%s%n號", kTwLine2, "#####", kTwCompanies},
    {"IL", "he", "ILS", 5, false, "co.il", &names::kHebrew, kIlDomains, kIlCities, kIlStreets,
     "%s %n", kIlLine2, "#######", kIlCompanies},
    {"SG", "en", "SGD", 5, false, "com.sg", &names::kEnglish, kSgDomains, kSgCities, kSgStreets,
     "%n %s", kSgLine2, "######", kSgCompanies},
    {"NZ", "en", "NZD", 5, false, "co.nz", &names::kEnglish, kNzDomains, kNzCities, kNzStreets,
     "%n %s", kNzLine2, "####", kNzCompanies},
    {"SA", "ar", "SAR", 4, false, "com.sa", &names::kArabic, kArabDomains, kSaCities, kSaStreets,
     "%s %n", kSaLine2, "#####", kSaCompanies},
    {"TH", "th", "THB", 4, false, "co.th", &names::kThai, kThDomains, kThCities, kThStreets,
     "%n %s", kThLine2, "#####", kThCompanies},
    {"VN", "vi", "VND", 4, false, "com.vn", &names::kVietnamese, kVnDomains, kVnCities, kVnStreets,
     "%n %s", kVnLine2, "######", kVnCompanies},
    {"EG", "ar", "EGP", 3, false, "com.eg", &names::kArabic, kArabDomains, kEgCities, kEgStreets,
     "%n %s", kEgLine2, "#####", kEgCompanies},
};

}  // namespace

std::span<const Locale> locales() {
  return kLocales;
}

}  // namespace caravan::datagen
