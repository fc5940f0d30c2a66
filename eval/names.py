"""Name pools for the synthetic development set, written for the dev set alone.

These lists are deliberately independent of the engine's own lexicons (``models/lexicons``):
the dev set has to measure how well the engine generalises to names it was not built from, so
it must never be generated from the engine's lists. First names and surnames are common names of
the populations living in Dutch municipalities; the generator combines them at random, so no
combination describes a real person.

Each pool has male first names, female first names and surnames. Gender matters only for the
honorific the generator puts in front (``dhr.``/``mw.``) and for Polish feminine surnames.
Dutch surnames carry their tussenvoegsel in lower case (``van der Linden``); the generator
capitalises it when the surname stands alone (``mevrouw Van der Linden``), as Dutch spelling
rules prescribe.
"""

from __future__ import annotations

from typing import NamedTuple


class NamePool(NamedTuple):
    """First names per gender and surnames of one population."""

    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[str, ...]


POOLS: dict[str, NamePool] = {
    "dutch": NamePool(
        male=(
            "Jan", "Pieter", "Kees", "Henk", "Willem", "Bram", "Daan", "Thijs", "Ruben", "Jeroen",
            "Martijn", "Bas", "Sander", "Joost", "Gert-Jan", "Arjen", "Maarten", "Niels", "Koen",
            "Stijn", "Erik", "Frank", "Hans", "Dirk", "Teun", "Sjoerd", "Rik", "Lars", "Luuk",
            "Gerrit", "Cor", "Ad", "Wim", "Jaap", "Hendrik", "Tijmen",
        ),
        female=(
            "Anne", "Sanne", "Marieke", "Ingrid", "Els", "Annemiek", "Femke", "Lotte", "Roos",
            "Eva", "Judith", "Petra", "Marloes", "Ilse", "Joke", "Greet", "Tineke", "Willemijn",
            "Esther", "Anouk", "Lieke", "Fleur", "Noor", "Iris", "Hanneke", "Mirjam", "Karin",
            "Wilma", "Nathalie", "Sophie", "Jolanda", "Gerda",
        ),
        surnames=(
            "de Vries", "de Boer", "de Jong", "van den Berg", "van Dijk", "Bakker", "Visser",
            "Smit", "Meijer", "Mulder", "de Graaf", "Groen", "Vos", "Koster", "Dekker", "Kok",
            "Brouwer", "van der Linden", "Peters", "Hendriks", "van Leeuwen", "Schouten",
            "van der Heijden", "Verhoeven", "de Koning", "Willemsen", "Kuipers", "van Beek",
            "Postma", "Jacobs", "Molenaar", "van 't Hof", "ter Horst", "Blom", "Verbeek",
            "van Vliet", "Zwart", "Hoogendoorn", "den Hartog", "van Wijk", "Timmermans", "Prins",
            "Huisman", "Boersma", "van Rijn", "in 't Veld", "Storm", "de Wit", "Schipper",
            "van der Wal", "Bosman", "Hoekstra",
        ),
    ),
    "moroccan": NamePool(
        male=(
            "Mohammed", "Ahmed", "Youssef", "Karim", "Hamza", "Bilal", "Rachid", "Said", "Khalid",
            "Anouar", "Soufiane", "Ayoub", "Hicham", "Nordin", "Driss", "Abdelkader", "Mimoun",
            "Othman", "Redouan", "Tarik",
        ),
        female=(
            "Fatima", "Khadija", "Naima", "Samira", "Latifa", "Malika", "Nadia", "Hafsa", "Imane",
            "Salma", "Yasmina", "Loubna", "Siham", "Houda", "Zineb", "Meryem", "Rachida", "Asmae",
        ),
        surnames=(
            "El Amrani", "Bouzid", "Ait Haddou", "El Idrissi", "Benali", "Ouali", "Azzouzi",
            "El Khattabi", "Boukhari", "Ziani", "Tahiri", "Chaouki", "El Hamdaoui", "Mansouri",
            "Bakkali", "Essafi", "Lahlou", "Achahbar", "El Ouardi", "Ahajjam", "Moussaoui",
            "Ben Haddou", "Ouchan", "Belhaj",
        ),
    ),
    "turkish": NamePool(
        male=(
            "Mehmet", "Ahmet", "Mustafa", "Emre", "Burak", "Murat", "Hasan", "Hüseyin", "Yusuf",
            "Ömer", "Kemal", "Serkan", "Cem", "Oğuz", "Eren", "Kaan", "Barış", "İbrahim",
        ),
        female=(
            "Ayşe", "Fatma", "Elif", "Zeynep", "Emine", "Hatice", "Merve", "Büşra", "Esra",
            "Özlem", "Gül", "Sevgi", "Derya", "Selin", "Yasemin", "Hülya", "Ayse", "Ozlem",
        ),
        surnames=(
            "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan",
            "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özdemir", "Güler",
            "Polat", "Erdem", "Karakaya", "Bulut", "Tekin", "Uysal", "Yilmaz", "Ozturk",
        ),
    ),
    "surinamese": NamePool(
        male=(
            "Ravi", "Ashwin", "Anil", "Rakesh", "Sunil", "Glenn", "Romano", "Marciano", "Errol",
            "Clifton", "Winston", "Roy", "Sardjo", "Dewanand", "Mitchel", "Orlando",
        ),
        female=(
            "Sharida", "Priya", "Anjali", "Sunita", "Shanti", "Xaviera", "Gracia", "Mavis",
            "Priscilla", "Romina", "Sandra", "Siti", "Soemintra", "Reshma", "Jennifer", "Ilona",
        ),
        surnames=(
            "Ramdin", "Jagessar", "Ramautar", "Bhagwandin", "Kanhai", "Mahabier", "Soekhai",
            "Sedney", "Pinas", "Wijngaarde", "Kromodimedjo", "Sapoen", "Karsodikromo", "Doelwijt",
            "Tjon A Fong", "Lie A Kwie", "Vreedzaam", "Olmberg", "Linger", "Zebeda", "Biharie",
            "Mangal", "Ramlal", "Amatstam",
        ),
    ),
    "antillean": NamePool(
        male=("Shurandy", "Jurgen", "Gregory", "Rignald", "Quincy", "Jeffrey", "Dwight", "Ruthmar"),
        female=("Jomayra", "Shahaira", "Ruthline", "Giselle", "Suhaila", "Migdalia", "Jasmira"),
        surnames=(
            "Martina", "Isenia", "Rosaria", "Cijntje", "Schotborgh", "Doran", "Pieternella",
            "Statia", "Girigorie", "Maduro", "Winklaar", "Trinidad",
        ),
    ),
    "syrian": NamePool(
        male=(
            "Ahmad", "Mohammad", "Omar", "Khaled", "Rami", "Bassel", "Hussam", "Tarek", "Fadi",
            "Samer", "Jamil", "Wael", "Majd", "Yazan", "Ammar", "Nizar",
        ),
        female=(
            "Lina", "Rasha", "Hala", "Rana", "Dima", "Rima", "Nour", "Yara", "Ghada", "Maha",
            "Huda", "Samar", "Lama", "Reem", "Salam",
        ),
        surnames=(
            "Al-Hassan", "Haddad", "Alkhatib", "Al-Ahmad", "Hamwi", "Khalil", "Mansour", "Darwish",
            "Nasser", "Al-Masri", "Sabbagh", "Jaber", "Halabi", "Kassab", "Al-Omar", "Shaheen",
            "Zaher", "Al Hamoud",
        ),
    ),
    "iraqi": NamePool(
        male=(
            "Mustafa", "Ali", "Hussein", "Haidar", "Abbas", "Karrar", "Sajjad", "Muntadher", "Zaid",
            "Firas", "Laith", "Mohanad",
        ),
        female=(
            "Zainab", "Noor", "Maryam", "Shahad", "Ruqaya", "Sura", "Hiba", "Tabarek", "Israa",
            "Duaa", "Aseel",
        ),
        surnames=(
            "Al-Jaburi", "Kadhim", "Al-Saadi", "Al-Obaidi", "Jasim", "Hameed", "Al-Tamimi",
            "Abdulrahman", "Al-Rubaie", "Mahdi", "Al-Zubaidi", "Salman", "Hashim", "Al Kaabi",
        ),
    ),
    "afghan": NamePool(
        male=(
            "Mohammad", "Farid", "Hamid", "Jawad", "Mirwais", "Nasir", "Rahim", "Wahid",
            "Zabihullah", "Sayed", "Habib", "Ramin", "Masoud", "Shafiq", "Naweed",
        ),
        female=(
            "Zahra", "Marzia", "Shabnam", "Parwana", "Nilofar", "Farzana", "Mariam", "Sima",
            "Freshta", "Laila", "Mursal", "Tahmina", "Sodaba", "Wahida",
        ),
        surnames=(
            "Ahmadi", "Rahimi", "Noori", "Hakimi", "Sultani", "Haidari", "Popal", "Stanikzai",
            "Wardak", "Safi", "Azizi", "Amiri", "Rezai", "Hashimi", "Sadat", "Nazari", "Ahmadzai",
            "Barakzai", "Jalali", "Qaderi",
        ),
    ),
    "iranian": NamePool(
        male=(
            "Reza", "Hossein", "Mehdi", "Amir", "Babak", "Farhad", "Kaveh", "Arash", "Behnam",
            "Omid", "Navid", "Saeed", "Pouya", "Dariush",
        ),
        female=(
            "Sara", "Leila", "Shirin", "Nasrin", "Parisa", "Mahsa", "Niloufar", "Azadeh", "Roya",
            "Golnaz", "Fereshteh", "Mina", "Shadi", "Elham",
        ),
        surnames=(
            "Moradi", "Hosseini", "Rezaei", "Karimi", "Jafari", "Rahmani", "Sadeghi", "Ghasemi",
            "Mohammadi", "Tehrani", "Kazemi", "Bagheri", "Esfahani", "Mousavi", "Shirazi",
            "Najafi", "Ebrahimi", "Farahani",
        ),
    ),
    "somali": NamePool(
        male=(
            "Abdirahman", "Abdullahi", "Mohamed", "Hassan", "Ismail", "Abdi", "Yusuf", "Mahad",
            "Liban", "Guled", "Bashir", "Farah", "Abdiwali",
        ),
        female=(
            "Hodan", "Fadumo", "Amina", "Hawa", "Sahra", "Asha", "Ifrah", "Nimco", "Ubah", "Sagal",
            "Halima", "Deeqa", "Ladan", "Fartun",
        ),
        surnames=(
            "Abdi Farah", "Mohamed Ali", "Warsame", "Jama", "Hersi", "Osman", "Aden", "Abdullahi",
            "Nur", "Dahir", "Egal", "Ali Mohamud", "Elmi", "Gedi", "Olad", "Shire", "Hassan Nur",
        ),
    ),
    "eritrean": NamePool(
        male=(
            "Yonas", "Filmon", "Dawit", "Semere", "Tesfalem", "Habtom", "Merhawi", "Yohannes",
            "Kibrom", "Biniam", "Robel", "Henok", "Mulugeta", "Amanuel",
        ),
        female=(
            "Semhar", "Selam", "Luwam", "Saba", "Yordanos", "Rahel", "Feven", "Mebrat", "Senait",
            "Hiwet", "Winta", "Tsega", "Ruta", "Helen",
        ),
        surnames=(
            "Tesfay", "Haile", "Ghebremedhin", "Kidane", "Berhane", "Tekle", "Mehari",
            "Gebreyesus", "Woldemariam", "Asfaha", "Habte", "Ghirmay", "Yemane", "Tsegay", "Negash",
            "Andemariam", "Okbazghi", "Fesehaye",
        ),
    ),
    "ukrainian": NamePool(
        male=(
            "Oleksandr", "Andrii", "Dmytro", "Serhii", "Mykola", "Yurii", "Taras", "Bohdan",
            "Vitalii", "Ihor", "Maksym", "Oleh", "Pavlo", "Artem",
        ),
        female=(
            "Olena", "Iryna", "Oksana", "Nataliia", "Tetiana", "Yuliia", "Kateryna", "Anastasiia",
            "Svitlana", "Halyna", "Liudmyla", "Viktoriia", "Mariia", "Daria", "Sofiia",
        ),
        surnames=(
            "Kovalenko", "Shevchuk", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko",
            "Moroz", "Lysenko", "Savchenko", "Rudenko", "Marchenko", "Petrenko", "Kovalchuk",
            "Hnatiuk", "Yatsenko", "Romaniuk", "Levchenko", "Oliinyk",
        ),
    ),
    "polish": NamePool(
        male=(
            "Piotr", "Krzysztof", "Tomasz", "Paweł", "Marcin", "Michał", "Łukasz", "Jakub",
            "Grzegorz", "Kamil", "Mateusz", "Wojciech", "Dariusz", "Rafał",
        ),
        female=(
            "Katarzyna", "Agnieszka", "Małgorzata", "Magdalena", "Joanna", "Monika", "Ewa",
            "Aleksandra", "Justyna", "Dorota", "Beata", "Karolina", "Zofia", "Weronika",
        ),
        surnames=(
            "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński",
            "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Krawczyk",
            "Kaczmarek", "Piotrowski", "Grabowski", "Pawlak", "Michalski", "Zając", "Wieczorek",
            "Jabłoński",
        ),
    ),
    "chinese": NamePool(
        male=("Wei", "Jun", "Hao", "Lei", "Ming", "Jian", "Tao", "Bo"),
        female=("Mei", "Xiu", "Ying", "Fang", "Lan", "Hui", "Jing"),
        surnames=("Chen", "Lin", "Wang", "Zhang", "Liu", "Huang", "Wu", "Zhou", "Li", "Xu"),
    ),
    "west_african": NamePool(
        male=("Kwame", "Kofi", "Yaw", "Emeka", "Chinedu", "Oluwaseun", "Ebo", "Kwabena"),
        female=("Ama", "Akosua", "Abena", "Efua", "Ngozi", "Adaeze", "Funmilayo", "Esi"),
        surnames=(
            "Mensah", "Owusu", "Boateng", "Asante", "Okafor", "Adeyemi", "Nwosu", "Osei", "Appiah",
            "Agyeman", "Okonkwo",
        ),
    ),
}

# How often each population appears among private persons. Dutch names dominate municipal mail,
# but the case notes of a refugee-support team are weighted towards newcomers (see the generator).
ORIGIN_WEIGHTS: dict[str, float] = {
    "dutch": 30,
    "moroccan": 8,
    "turkish": 8,
    "surinamese": 5,
    "antillean": 2,
    "syrian": 8,
    "iraqi": 4,
    "afghan": 6,
    "iranian": 4,
    "somali": 4,
    "eritrean": 7,
    "ukrainian": 6,
    "polish": 4,
    "chinese": 2,
    "west_african": 2,
}

NEWCOMER_ORIGINS: tuple[str, ...] = (
    "syrian", "iraqi", "afghan", "iranian", "somali", "eritrean", "ukrainian", "west_african",
)

# Tussenvoegsels as they may start a Dutch surname; the longest first so that "van der" wins
# over "van" when a surname is split.
TUSSENVOEGSELS: tuple[str, ...] = (
    "van der", "van den", "van 't", "in 't", "van de", "van", "de", "den", "ter", "te", "het",
)

# Surnames that are also ordinary Dutch words; the generator writes the word as a word nearby
# ("de bakker op de hoek") as a hard negative when a person with that surname is in a document.
WORD_SURNAMES: dict[str, tuple[str, ...]] = {
    "Bakker": ("De bakker op de hoek is al om zes uur open.", "we halen het brood bij de bakker"),
    "Visser": ("Bij de haven zat een visser, net als elke ochtend.",),
    "Groen": (
        "Het groen in de wijk wordt slecht onderhouden.",
        "Groen is er in onze straat nauwelijks nog.",
    ),
    "Smit": ("De smit in de Voorstraat heeft het hek gerepareerd.",),
    "Molenaar": ("De molenaar van de Kyck over den Dyck gaf een rondleiding.",),
    "de Koning": ("Op Koningsdag was het plein vol, de koning zelf kwam niet.",),
    "de Boer": ("Volgens de boer aan de Noordendijk staat het land onder water.",),
    "Kok": ("De kok van het buurthuis kookt op woensdag voor dertig mensen.",),
    "Storm": ("Na de storm van vorige week lag de speeltuin vol takken.",),
    "Vos": ("Er is een vos gezien bij het Wantijpark.",),
    "de Wit": ("De muren zijn in het wit geschilderd.",),
    "Schipper": ("De schipper van de waterbus was erg behulpzaam.",),
    "Koster": ("De koster van de Grote Kerk deed de deur open.",),
}
