// Common given and family names of the countries not written in Latin script, each with the
// romanisation people use for it in e-mail addresses and on marketplaces.
#include "names.hpp"

namespace caravan::datagen::names {
namespace {

constexpr Name kRussianMale[] = {
    {"Александр", "Aleksandr"}, {"Сергей", "Sergey"},     {"Дмитрий", "Dmitry"},
    {"Андрей", "Andrey"},       {"Алексей", "Aleksey"},   {"Максим", "Maksim"},
    {"Евгений", "Evgeny"},      {"Иван", "Ivan"},         {"Михаил", "Mikhail"},
    {"Николай", "Nikolay"},     {"Владимир", "Vladimir"}, {"Артём", "Artyom"},
    {"Павел", "Pavel"},         {"Олег", "Oleg"},         {"Юрий", "Yury"}};
constexpr Name kRussianFemale[] = {
    {"Елена", "Elena"},       {"Ольга", "Olga"},           {"Наталья", "Natalya"},
    {"Татьяна", "Tatyana"},   {"Ирина", "Irina"},          {"Анна", "Anna"},
    {"Светлана", "Svetlana"}, {"Мария", "Mariya"},         {"Екатерина", "Ekaterina"},
    {"Юлия", "Yuliya"},       {"Анастасия", "Anastasiya"}, {"Дарья", "Darya"},
    {"Ксения", "Kseniya"},    {"Людмила", "Lyudmila"},     {"Галина", "Galina"}};
constexpr Name kRussianFamilyMale[] = {
    {"Иванов", "Ivanov"},     {"Смирнов", "Smirnov"},    {"Кузнецов", "Kuznetsov"},
    {"Попов", "Popov"},       {"Васильев", "Vasilyev"},  {"Петров", "Petrov"},
    {"Соколов", "Sokolov"},   {"Михайлов", "Mikhaylov"}, {"Новиков", "Novikov"},
    {"Фёдоров", "Fyodorov"},  {"Морозов", "Morozov"},    {"Волков", "Volkov"},
    {"Алексеев", "Alekseev"}, {"Лебедев", "Lebedev"},    {"Семёнов", "Semyonov"},
    {"Егоров", "Egorov"},     {"Павлов", "Pavlov"},      {"Козлов", "Kozlov"}};
constexpr Name kRussianFamilyFemale[] = {
    {"Иванова", "Ivanova"},     {"Смирнова", "Smirnova"},    {"Кузнецова", "Kuznetsova"},
    {"Попова", "Popova"},       {"Васильева", "Vasilyeva"},  {"Петрова", "Petrova"},
    {"Соколова", "Sokolova"},   {"Михайлова", "Mikhaylova"}, {"Новикова", "Novikova"},
    {"Фёдорова", "Fyodorova"},  {"Морозова", "Morozova"},    {"Волкова", "Volkova"},
    {"Алексеева", "Alekseeva"}, {"Лебедева", "Lebedeva"},    {"Семёнова", "Semyonova"},
    {"Егорова", "Egorova"},     {"Павлова", "Pavlova"},      {"Козлова", "Kozlova"}};

// Ukrainian family names in -enko, -uk, -yk and the like do not change with gender.
constexpr Name kUkrainianMale[] = {
    {"Олександр", "Oleksandr"}, {"Андрій", "Andrii"}, {"Сергій", "Serhii"},
    {"Володимир", "Volodymyr"}, {"Дмитро", "Dmytro"}, {"Михайло", "Mykhailo"},
    {"Іван", "Ivan"},           {"Юрій", "Yurii"},    {"Тарас", "Taras"},
    {"Богдан", "Bohdan"},       {"Василь", "Vasyl"},  {"Петро", "Petro"},
    {"Микола", "Mykola"},       {"Олег", "Oleh"},     {"Максим", "Maksym"}};
constexpr Name kUkrainianFemale[] = {
    {"Олена", "Olena"},   {"Наталія", "Nataliia"},  {"Тетяна", "Tetiana"},
    {"Ірина", "Iryna"},   {"Оксана", "Oksana"},     {"Юлія", "Yuliia"},
    {"Марія", "Mariia"},  {"Світлана", "Svitlana"}, {"Людмила", "Liudmyla"},
    {"Анна", "Anna"},     {"Катерина", "Kateryna"}, {"Ольга", "Olha"},
    {"Галина", "Halyna"}, {"Софія", "Sofiia"},      {"Вікторія", "Viktoriia"}};
constexpr Name kUkrainianFamily[] = {
    {"Шевченко", "Shevchenko"}, {"Бондаренко", "Bondarenko"}, {"Коваленко", "Kovalenko"},
    {"Бойко", "Boiko"},         {"Ткаченко", "Tkachenko"},    {"Кравченко", "Kravchenko"},
    {"Коваль", "Koval"},        {"Олійник", "Oliinyk"},       {"Шевчук", "Shevchuk"},
    {"Поліщук", "Polishchuk"},  {"Бондар", "Bondar"},         {"Ткачук", "Tkachuk"},
    {"Мельник", "Melnyk"},      {"Марченко", "Marchenko"},    {"Савченко", "Savchenko"},
    {"Руденко", "Rudenko"},     {"Лисенко", "Lysenko"},       {"Петренко", "Petrenko"}};

constexpr Name kBulgarianMale[] = {
    {"Георги", "Georgi"},     {"Иван", "Ivan"},     {"Димитър", "Dimitar"},
    {"Николай", "Nikolay"},   {"Петър", "Petar"},   {"Христо", "Hristo"},
    {"Стоян", "Stoyan"},      {"Тодор", "Todor"},   {"Александър", "Aleksandar"},
    {"Йордан", "Yordan"},     {"Васил", "Vasil"},   {"Стефан", "Stefan"},
    {"Красимир", "Krasimir"}, {"Мартин", "Martin"}, {"Борис", "Boris"}};
constexpr Name kBulgarianFemale[] = {
    {"Мария", "Maria"},          {"Иванка", "Ivanka"},       {"Елена", "Elena"},
    {"Йорданка", "Yordanka"},    {"Пенка", "Penka"},         {"Даниела", "Daniela"},
    {"Цветелина", "Tsvetelina"}, {"Десислава", "Desislava"}, {"Гергана", "Gergana"},
    {"Виктория", "Viktoria"},    {"Николета", "Nikoleta"},   {"Росица", "Rositsa"},
    {"Силвия", "Silvia"},        {"Теодора", "Teodora"},     {"Радослава", "Radoslava"}};
constexpr Name kBulgarianFamilyMale[] = {
    {"Иванов", "Ivanov"},    {"Георгиев", "Georgiev"}, {"Димитров", "Dimitrov"},
    {"Петров", "Petrov"},    {"Николов", "Nikolov"},   {"Христов", "Hristov"},
    {"Стоянов", "Stoyanov"}, {"Тодоров", "Todorov"},   {"Илиев", "Iliev"},
    {"Василев", "Vasilev"},  {"Атанасов", "Atanasov"}, {"Петков", "Petkov"},
    {"Ангелов", "Angelov"},  {"Колев", "Kolev"},       {"Йорданов", "Yordanov"}};
constexpr Name kBulgarianFamilyFemale[] = {
    {"Иванова", "Ivanova"},    {"Георгиева", "Georgieva"}, {"Димитрова", "Dimitrova"},
    {"Петрова", "Petrova"},    {"Николова", "Nikolova"},   {"Христова", "Hristova"},
    {"Стоянова", "Stoyanova"}, {"Тодорова", "Todorova"},   {"Илиева", "Ilieva"},
    {"Василева", "Vasileva"},  {"Атанасова", "Atanasova"}, {"Петкова", "Petkova"},
    {"Ангелова", "Angelova"},  {"Колева", "Koleva"},       {"Йорданова", "Yordanova"}};

constexpr Name kGreekMale[] = {{"Γιώργος", "Giorgos"},      {"Κωνσταντίνος", "Konstantinos"},
                               {"Δημήτρης", "Dimitris"},    {"Γιάννης", "Giannis"},
                               {"Νίκος", "Nikos"},          {"Παναγιώτης", "Panagiotis"},
                               {"Βασίλης", "Vasilis"},      {"Χρήστος", "Christos"},
                               {"Αθανάσιος", "Athanasios"}, {"Μιχάλης", "Michalis"},
                               {"Ευάγγελος", "Evangelos"},  {"Σπύρος", "Spyros"},
                               {"Αντώνης", "Antonis"},      {"Ανδρέας", "Andreas"},
                               {"Θεόδωρος", "Theodoros"}};
constexpr Name kGreekFemale[] = {
    {"Μαρία", "Maria"},         {"Ελένη", "Eleni"},         {"Αικατερίνη", "Aikaterini"},
    {"Βασιλική", "Vasiliki"},   {"Σοφία", "Sofia"},         {"Αγγελική", "Angeliki"},
    {"Γεωργία", "Georgia"},     {"Δήμητρα", "Dimitra"},     {"Κωνσταντίνα", "Konstantina"},
    {"Παρασκευή", "Paraskevi"}, {"Ιωάννα", "Ioanna"},       {"Χριστίνα", "Christina"},
    {"Ευαγγελία", "Evangelia"}, {"Αναστασία", "Anastasia"}, {"Ειρήνη", "Eirini"}};
constexpr Name kGreekFamilyMale[] = {{"Παπαδόπουλος", "Papadopoulos"},
                                     {"Παπαδάκης", "Papadakis"},
                                     {"Γεωργίου", "Georgiou"},
                                     {"Οικονόμου", "Oikonomou"},
                                     {"Νικολάου", "Nikolaou"},
                                     {"Παπαγεωργίου", "Papageorgiou"},
                                     {"Βασιλείου", "Vasileiou"},
                                     {"Ιωάννου", "Ioannou"},
                                     {"Δημητρίου", "Dimitriou"},
                                     {"Κωνσταντίνου", "Konstantinou"},
                                     {"Αθανασίου", "Athanasiou"},
                                     {"Μαυρίδης", "Mavridis"},
                                     {"Αντωνίου", "Antoniou"},
                                     {"Καραγιάννης", "Karagiannis"},
                                     {"Παππάς", "Pappas"}};
constexpr Name kGreekFamilyFemale[] = {{"Παπαδοπούλου", "Papadopoulou"},
                                       {"Παπαδάκη", "Papadaki"},
                                       {"Γεωργίου", "Georgiou"},
                                       {"Οικονόμου", "Oikonomou"},
                                       {"Νικολάου", "Nikolaou"},
                                       {"Παπαγεωργίου", "Papageorgiou"},
                                       {"Βασιλείου", "Vasileiou"},
                                       {"Ιωάννου", "Ioannou"},
                                       {"Δημητρίου", "Dimitriou"},
                                       {"Κωνσταντίνου", "Konstantinou"},
                                       {"Αθανασίου", "Athanasiou"},
                                       {"Μαυρίδου", "Mavridou"},
                                       {"Αντωνίου", "Antoniou"},
                                       {"Καραγιάννη", "Karagianni"},
                                       {"Παππά", "Pappa"}};

constexpr Name kChineseMale[] = {
    {"伟", "Wei"},       {"强", "Qiang"},      {"磊", "Lei"},      {"军", "Jun"},
    {"勇", "Yong"},      {"杰", "Jie"},        {"涛", "Tao"},      {"明", "Ming"},
    {"超", "Chao"},      {"浩然", "Haoran"},   {"子轩", "Zixuan"}, {"宇航", "Yuhang"},
    {"建华", "Jianhua"}, {"志强", "Zhiqiang"}, {"俊杰", "Junjie"}, {"三", "San"}};
constexpr Name kChineseFemale[] = {{"芳", "Fang"},      {"娜", "Na"},        {"敏", "Min"},
                                   {"静", "Jing"},      {"丽", "Li"},        {"艳", "Yan"},
                                   {"秀英", "Xiuying"}, {"桂英", "Guiying"}, {"婷", "Ting"},
                                   {"雪", "Xue"},       {"欣怡", "Xinyi"},   {"梓涵", "Zihan"},
                                   {"诗涵", "Shihan"},  {"晓燕", "Xiaoyan"}, {"玉兰", "Yulan"}};
constexpr Name kChineseFamily[] = {{"王", "Wang"}, {"李", "Li"},   {"张", "Zhang"}, {"刘", "Liu"},
                                   {"陈", "Chen"}, {"杨", "Yang"}, {"黄", "Huang"}, {"赵", "Zhao"},
                                   {"吴", "Wu"},   {"周", "Zhou"}, {"徐", "Xu"},    {"孙", "Sun"},
                                   {"马", "Ma"},   {"朱", "Zhu"},  {"胡", "Hu"},    {"郭", "Guo"},
                                   {"何", "He"},   {"林", "Lin"},  {"罗", "Luo"},   {"高", "Gao"}};

// Taiwan writes traditional characters and romanises in Wade-Giles.
constexpr Name kTaiwaneseMale[] = {
    {"志明", "Chih-ming"}, {"家豪", "Chia-hao"}, {"俊傑", "Chun-chieh"}, {"建宏", "Chien-hung"},
    {"冠宇", "Kuan-yu"},   {"承恩", "Cheng-en"}, {"宗翰", "Tsung-han"},  {"柏翰", "Po-han"},
    {"彥廷", "Yen-ting"},  {"信宏", "Hsin-hung"}};
constexpr Name kTaiwaneseFemale[] = {
    {"淑芬", "Shu-fen"},   {"美玲", "Mei-ling"}, {"雅婷", "Ya-ting"},  {"怡君", "Yi-chun"},
    {"佳穎", "Chia-ying"}, {"欣妤", "Hsin-yu"},  {"詩涵", "Shih-han"}, {"宜蓁", "Yi-chen"},
    {"淑惠", "Shu-hui"},   {"麗華", "Li-hua"}};
constexpr Name kTaiwaneseFamily[] = {
    {"陳", "Chen"}, {"林", "Lin"},   {"黃", "Huang"}, {"張", "Chang"}, {"李", "Lee"},
    {"王", "Wang"}, {"吳", "Wu"},    {"劉", "Liu"},   {"蔡", "Tsai"},  {"楊", "Yang"},
    {"許", "Hsu"},  {"鄭", "Cheng"}, {"謝", "Hsieh"}, {"郭", "Kuo"},   {"洪", "Hung"}};

constexpr Name kJapaneseMale[] = {{"太郎", "Taro"},    {"翔太", "Shota"},  {"大輔", "Daisuke"},
                                  {"健太", "Kenta"},   {"拓也", "Takuya"}, {"翔", "Sho"},
                                  {"蓮", "Ren"},       {"悠真", "Yuma"},   {"大翔", "Hiroto"},
                                  {"陽翔", "Haruto"},  {"誠", "Makoto"},   {"浩", "Hiroshi"},
                                  {"健一", "Kenichi"}, {"隆", "Takashi"},  {"直樹", "Naoki"}};
constexpr Name kJapaneseFemale[] = {{"花子", "Hanako"}, {"陽子", "Yoko"},     {"恵子", "Keiko"},
                                    {"美咲", "Misaki"}, {"愛", "Ai"},         {"結衣", "Yui"},
                                    {"陽菜", "Hina"},   {"さくら", "Sakura"}, {"葵", "Aoi"},
                                    {"美穂", "Miho"},   {"由美", "Yumi"},     {"真由美", "Mayumi"},
                                    {"直美", "Naomi"},  {"明美", "Akemi"},    {"彩", "Aya"}};
constexpr Name kJapaneseFamily[] = {
    {"佐藤", "Sato"},      {"鈴木", "Suzuki"},    {"高橋", "Takahashi"}, {"田中", "Tanaka"},
    {"伊藤", "Ito"},       {"渡辺", "Watanabe"},  {"山本", "Yamamoto"},  {"中村", "Nakamura"},
    {"小林", "Kobayashi"}, {"加藤", "Kato"},      {"吉田", "Yoshida"},   {"山田", "Yamada"},
    {"佐々木", "Sasaki"},  {"山口", "Yamaguchi"}, {"松本", "Matsumoto"}, {"井上", "Inoue"},
    {"木村", "Kimura"},    {"林", "Hayashi"},     {"清水", "Shimizu"},   {"斎藤", "Saito"}};

constexpr Name kKoreanMale[] = {{"민준", "Minjun"},   {"서준", "Seojun"},   {"도윤", "Doyun"},
                                {"예준", "Yejun"},    {"시우", "Siwoo"},    {"하준", "Hajun"},
                                {"지호", "Jiho"},     {"준서", "Junseo"},   {"현우", "Hyunwoo"},
                                {"성민", "Sungmin"},  {"동현", "Donghyun"}, {"영호", "Youngho"},
                                {"상훈", "Sanghoon"}, {"재현", "Jaehyun"},  {"태윤", "Taeyoon"}};
constexpr Name kKoreanFemale[] = {{"서연", "Seoyeon"}, {"서윤", "Seoyun"},  {"지우", "Jiwoo"},
                                  {"서현", "Seohyun"}, {"민서", "Minseo"},  {"하은", "Haeun"},
                                  {"하윤", "Hayun"},   {"윤서", "Yunseo"},  {"지민", "Jimin"},
                                  {"수빈", "Subin"},   {"지영", "Jiyoung"}, {"은지", "Eunji"},
                                  {"미영", "Miyoung"}, {"혜진", "Hyejin"},  {"수진", "Sujin"}};
constexpr Name kKoreanFamily[] = {{"김", "Kim"},  {"이", "Lee"},  {"박", "Park"}, {"최", "Choi"},
                                  {"정", "Jung"}, {"강", "Kang"}, {"조", "Cho"},  {"윤", "Yoon"},
                                  {"장", "Jang"}, {"임", "Lim"},  {"한", "Han"},  {"오", "Oh"},
                                  {"서", "Seo"},  {"신", "Shin"}, {"권", "Kwon"}};

// Shared by SA, AE and EG: Gulf tribal names and Egyptian family names together.
constexpr Name kArabicMale[] = {
    {"محمد", "Mohammed"}, {"أحمد", "Ahmed"},   {"علي", "Ali"},          {"عمر", "Omar"},
    {"خالد", "Khaled"},   {"يوسف", "Youssef"}, {"عبدالله", "Abdullah"}, {"إبراهيم", "Ibrahim"},
    {"حسن", "Hassan"},    {"حسين", "Hussein"}, {"مصطفى", "Mostafa"},    {"سعيد", "Saeed"},
    {"فهد", "Fahad"},     {"سلطان", "Sultan"}, {"طارق", "Tarek"},       {"ماجد", "Majed"}};
constexpr Name kArabicFemale[] = {{"فاطمة", "Fatima"}, {"عائشة", "Aisha"},   {"مريم", "Maryam"},
                                  {"نورة", "Noura"},   {"سارة", "Sara"},     {"هند", "Hind"},
                                  {"ليلى", "Layla"},   {"زينب", "Zainab"},   {"نور", "Nour"},
                                  {"منى", "Mona"},     {"ريم", "Reem"},      {"آمنة", "Amna"},
                                  {"دينا", "Dina"},    {"ياسمين", "Yasmin"}, {"هالة", "Hala"}};
constexpr Name kArabicFamily[] = {
    {"العتيبي", "Al-Otaibi"},  {"القحطاني", "Al-Qahtani"}, {"الغامدي", "Al-Ghamdi"},
    {"الشمري", "Al-Shammari"}, {"الدوسري", "Al-Dosari"},   {"الحربي", "Al-Harbi"},
    {"المطيري", "Al-Mutairi"}, {"الزهراني", "Al-Zahrani"}, {"المنصوري", "Al-Mansouri"},
    {"الهاشمي", "Al-Hashimi"}, {"النعيمي", "Al-Nuaimi"},   {"الكعبي", "Al-Kaabi"},
    {"حسن", "Hassan"},         {"محمود", "Mahmoud"},       {"عبدالرحمن", "Abdelrahman"},
    {"السيد", "El-Sayed"},     {"إبراهيم", "Ibrahim"},     {"مصطفى", "Mostafa"},
    {"عثمان", "Osman"},        {"الشريف", "El-Sherif"}};

constexpr Name kHebrewMale[] = {{"דוד", "David"},     {"משה", "Moshe"},     {"יוסף", "Yosef"},
                                {"אברהם", "Avraham"}, {"יעקב", "Yaakov"},   {"דניאל", "Daniel"},
                                {"נועם", "Noam"},     {"איתי", "Itai"},     {"אורי", "Uri"},
                                {"יונתן", "Yonatan"}, {"אריאל", "Ariel"},   {"עומר", "Omer"},
                                {"איתן", "Eitan"},    {"אליהו", "Eliyahu"}, {"רון", "Ron"}};
constexpr Name kHebrewFemale[] = {{"שרה", "Sarah"},   {"רחל", "Rachel"},     {"מרים", "Miriam"},
                                  {"אסתר", "Esther"}, {"נועה", "Noa"},       {"תמר", "Tamar"},
                                  {"מיכל", "Michal"}, {"יעל", "Yael"},       {"שירה", "Shira"},
                                  {"מאיה", "Maya"},   {"אביגיל", "Avigail"}, {"רבקה", "Rivka"},
                                  {"חנה", "Hana"},    {"טליה", "Talia"},     {"לאה", "Leah"}};
constexpr Name kHebrewFamily[] = {
    {"כהן", "Cohen"},      {"לוי", "Levi"},      {"מזרחי", "Mizrahi"}, {"פרץ", "Peretz"},
    {"ביטון", "Biton"},    {"דהן", "Dahan"},     {"אברהם", "Avraham"}, {"פרידמן", "Friedman"},
    {"אזולאי", "Azoulay"}, {"מלכה", "Malka"},    {"כץ", "Katz"},       {"יוסף", "Yosef"},
    {"עמר", "Amar"},       {"אוחיון", "Ohayon"}, {"חדד", "Hadad"},     {"גבאי", "Gabay"},
    {"שפירא", "Shapira"}};

constexpr Name kThaiMale[] = {{"สมชาย", "Somchai"},   {"สมศักดิ์", "Somsak"},   {"ประเสริฐ", "Prasert"},
                              {"สุรชัย", "Surachai"},   {"วิชัย", "Wichai"},     {"อนันต์", "Anan"},
                              {"ธนากร", "Thanakorn"}, {"ณัฐวุฒิ", "Nattawut"},  {"กิตติ", "Kitti"},
                              {"ชัยวัฒน์", "Chaiwat"},   {"พงศ์ศักดิ์", "Pongsak"}, {"อภิชาติ", "Apichat"}};
constexpr Name kThaiFemale[] = {
    {"สมหญิง", "Somying"},  {"มาลี", "Malee"},      {"สุดา", "Suda"},         {"วันเพ็ญ", "Wanphen"},
    {"นภา", "Napha"},      {"ศิริพร", "Siriporn"},  {"กาญจนา", "Kanchana"},  {"อรุณี", "Arunee"},
    {"พรทิพย์", "Pornthip"}, {"ปิยะนุช", "Piyanuch"}, {"จันทร์เพ็ญ", "Chanphen"}, {"รัตนา", "Rattana"}};
constexpr Name kThaiFamily[] = {
    {"ใจดี", "Jaidee"},      {"สุขสวัสดิ์", "Suksawat"},    {"ศรีสุข", "Srisuk"},
    {"แก้วมณี", "Kaewmanee"}, {"วงศ์สวัสดิ์", "Wongsawat"},  {"บุญมา", "Boonma"},
    {"ทองดี", "Thongdee"},   {"รัตนพันธ์", "Rattanaphan"}, {"สมบูรณ์", "Somboon"},
    {"พรหมมา", "Phromma"},  {"จันทร์แก้ว", "Chankaew"},   {"ศรีวงศ์", "Sriwong"},
    {"มีสุข", "Meesuk"},      {"อินทร์แก้ว", "Inkaew"},     {"ชัยมงคล", "Chaimongkol"}};

constexpr Name kHindiMale[] = {{"राहुल", "Rahul"},  {"अमित", "Amit"},  {"राजेश", "Rajesh"},
                               {"सुनील", "Sunil"},  {"विजय", "Vijay"}, {"अनिल", "Anil"},
                               {"संजय", "Sanjay"},  {"रवि", "Ravi"},   {"आदित्य", "Aditya"},
                               {"अर्जुन", "Arjun"},  {"विवेक", "Vivek"}, {"मनोज", "Manoj"},
                               {"दीपक", "Deepak"}, {"अजय", "Ajay"},   {"रोहित", "Rohit"}};
constexpr Name kHindiFemale[] = {{"प्रिया", "Priya"}, {"अंजलि", "Anjali"},  {"पूजा", "Pooja"},
                                 {"नेहा", "Neha"},    {"सुनीता", "Sunita"}, {"कविता", "Kavita"},
                                 {"आरती", "Aarti"},  {"रीता", "Rita"},    {"दीपिका", "Deepika"},
                                 {"स्नेहा", "Sneha"},  {"मीना", "Meena"},   {"लक्ष्मी", "Lakshmi"},
                                 {"अनीता", "Anita"}, {"सीमा", "Seema"},   {"ज्योति", "Jyoti"}};
constexpr Name kHindiFamily[] = {{"शर्मा", "Sharma"},    {"वर्मा", "Verma"},    {"गुप्ता", "Gupta"},
                                 {"सिंह", "Singh"},      {"कुमार", "Kumar"},    {"पटेल", "Patel"},
                                 {"यादव", "Yadav"},     {"जैन", "Jain"},       {"मिश्रा", "Mishra"},
                                 {"अग्रवाल", "Agarwal"}, {"चौहान", "Chauhan"}, {"रेड्डी", "Reddy"},
                                 {"शाह", "Shah"},       {"मेहता", "Mehta"},    {"जोशी", "Joshi"},
                                 {"तिवारी", "Tiwari"},  {"पांडे", "Pandey"},    {"कपूर", "Kapoor"}};

}  // namespace

const NameSet kRussian{kRussianMale,         kRussianFemale,         kRussianFamilyMale,
                       kRussianFamilyFemale, NameOrder::GivenFamily, Script::Cyrillic};
const NameSet kUkrainian{kUkrainianMale,         kUkrainianFemale, kUkrainianFamily, {},
                         NameOrder::GivenFamily, Script::Cyrillic};
const NameSet kBulgarian{kBulgarianMale,         kBulgarianFemale,       kBulgarianFamilyMale,
                         kBulgarianFamilyFemale, NameOrder::GivenFamily, Script::Cyrillic};
const NameSet kGreek{kGreekMale,         kGreekFemale,           kGreekFamilyMale,
                     kGreekFamilyFemale, NameOrder::GivenFamily, Script::Greek};
const NameSet kChinese{
    kChineseMale, kChineseFemale, kChineseFamily, {}, NameOrder::FamilyGivenJoined, Script::Han};
const NameSet kTaiwanese{
    kTaiwaneseMale, kTaiwaneseFemale, kTaiwaneseFamily, {}, NameOrder::FamilyGivenJoined,
    Script::Han};
const NameSet kJapanese{
    kJapaneseMale,   kJapaneseFemale, kJapaneseFamily, {}, NameOrder::FamilyGivenJoined,
    Script::Japanese};
const NameSet kKorean{kKoreanMale,   kKoreanFemale, kKoreanFamily, {}, NameOrder::FamilyGivenJoined,
                      Script::Hangul};
const NameSet kArabic{kArabicMale, kArabicFemale,          kArabicFamily,
                      {},          NameOrder::GivenFamily, Script::Arabic};
const NameSet kHebrew{kHebrewMale, kHebrewFemale,          kHebrewFamily,
                      {},          NameOrder::GivenFamily, Script::Hebrew};
const NameSet kThai{kThaiMale, kThaiFemale, kThaiFamily, {}, NameOrder::GivenFamily, Script::Thai};
const NameSet kHindi{kHindiMale, kHindiFemale,           kHindiFamily,
                     {},         NameOrder::GivenFamily, Script::Devanagari};

}  // namespace caravan::datagen::names
