"""Invented person names for the HELD-OUT evaluation set (``eval/generate_heldout.py``).

Why a second, separate pool: the development set's names were looked at while the engine was
improved, and the engine ships its own name lexicons. A held-out set only measures generalisation
if its names were chosen independently of both, so this file was written from scratch without
consulting either. Individual first names and surnames are common ones of each origin (overlap
with real names, and by chance with the other pools, is natural and harmless); the combinations
are drawn at random by the generator, so no real person is described.

The origins are those found among the residents, newcomers and staff of a Dutch municipality.
Surnames that differ between men and women are written ``masculine|feminine`` (Polish ``-ski``,
Bulgarian ``-ov``, Ukrainian ``-skyi``). Dutch, Flemish and Portuguese surnames carry their
particle (``van der``, ``Van den``, ``dos``), which ``split_particle`` separates, because a
surname standing alone is written with a capital particle in Dutch ("mevrouw Van der Kolk").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class NamePool:
    """First names by gender and surnames of one origin."""

    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[str, ...]
    multi_initials: bool = False  # Dutch-style registers give all initials: "H.J.M. Verbruggen"


def _t(text: str) -> tuple[str, ...]:
    """A pool written as a comma-separated string, which keeps this file readable."""
    return tuple(part.strip() for part in text.split(",") if part.strip())


POOLS: dict[str, NamePool] = {
    "dutch": NamePool(
        male=_t("Bram, Thijs, Jeroen, Maarten, Wouter, Joost, Ruud, Gert-Jan, Henk, Kees, Rutger, Frank, Bas, "
                "Niels, Teun, Floris, Jochem, Arjen, Ewout, Stijn, Gijs, Hidde, Evert, Marnix, Reinier, "
                "Jan-Willem, Dirk, Koen, Olaf, Wessel"),
        female=_t("Marloes, Esther, Ingrid, Annelies, Femke, Lotte, Marieke, Anouk, Ilse, Hanneke, Wilma, "
                  "Jolanda, Mirjam, Geertje, Renske, Eline, Merel, Noortje, Petra, Marjolein, Liesbeth, "
                  "Carolien, Gerda, Els, Roos, Iris, Janneke, Willemijn, Heleen, Margriet"),
        surnames=_t("de Graaf, van der Linden, Verhoeven, Kuijpers, Hendriks, Schouten, van Leeuwen, de Ridder, "
                    "van den Heuvel, Verbeek, Pronk, Timmermans, Heijnen, de Lange, Vermeulen, van Wijk, Blom, "
                    "Kalkman, van der Pol, de Bruijn, van 't Hof, in 't Veld, ter Horst, van de Kamp, "
                    "Verbruggen, van der Kolk, Rijnders, Oosterveld, Lagerwerf, Hoogendoorn, den Hartog, "
                    "van Dongen, Koster, Post, Storm, Winter, Vos, Mol, Kok, Schipper, Kramer, Bos, "
                    "van der Hoek, van den Berg, van Beek, de Haan, Wolf"),
        multi_initials=True,
    ),
    "frisian": NamePool(
        male=_t("Sjoerd, Wiebe, Hylke, Jelle, Gerben, Douwe, Tjeerd, Sybren, Wytse, Auke, Folkert, Harm"),
        female=_t("Tjitske, Froukje, Baukje, Sytske, Hiske, Wietske, Jikke, Aukje, Geeske, Marrit, Hinke"),
        surnames=_t("Hoekstra, Dijkstra, Wiersma, Terpstra, Bouma, Sikkema, Postma, Zijlstra, Veenstra, "
                    "Jellema, Brouwer, Tjalsma, Hettema, Rinsma, Wijnstra, Oenema"),
        multi_initials=True,
    ),
    "flemish": NamePool(
        male=_t("Pieterjan, Wout, Jens, Stef, Koenraad, Joris, Dries, Lieven, Bart, Frederik, Seppe, Arno"),
        female=_t("Griet, Lien, Katrien, Leen, Ann-Sofie, Hilde, Veerle, Elke, Nele, Sofie, Lore, Annemie"),
        surnames=_t("Van den Broeck, De Smedt, Peeters, Claes, Wouters, Goossens, Maes, Vermeiren, "
                    "Van Damme, De Clercq, Verstraete, Van Acker, Declercq, Vandamme, Janssens, Mertens"),
        multi_initials=True,
    ),
    "moroccan": NamePool(
        male=_t("Youssef, Hamza, Bilal, Ayoub, Mounir, Tarik, Idriss, Nordin, Anouar, Soufiane, Adil, Jamal, "
                "Brahim, Mimoun, Aziz, Redouan, Younes, Abdelhak, Zakaria, Ilias"),
        female=_t("Nadia, Khadija, Imane, Siham, Houda, Loubna, Malika, Naima, Rachida, Zineb, Ilham, "
                  "Tiziri, Dunya, Kenza, Meryem, Salma, Hafsa, Latifa, Souad, Ikram"),
        surnames=_t("El Idrissi, Bouzid, El Amrani, Ouali, Azzouzi, Ben Ali, Boukhari, El Khattabi, Tahiri, "
                    "Zerouali, Haddouchi, Bakkali, Ait Taleb, Chakir, Belhaj, Mansouri, Essaidi, Akhrif, "
                    "Amezian, Ouazzani, Boulahrouz, Aarab"),
    ),
    "turkish": NamePool(
        male=_t("Emre, Murat, Burak, Oğuz, Serkan, Hakan, Cem, Kerem, Selim, Tolga, Volkan, Mert, Arda, "
                "Eren, İsmail, Onur, Barış, Uğur"),
        female=_t("Elif, Zeynep, Ayşe, Esra, Büşra, Derya, Gülşen, Hatice, Merve, Sevgi, Tuba, Yasemin, "
                  "Özlem, Ebru, Canan, Nurcan, Dilek, Songül"),
        surnames=_t("Yıldız, Aydın, Öztürk, Çelik, Şahin, Arslan, Doğan, Kılıç, Koç, Kurt, Özdemir, Polat, "
                    "Aksoy, Güler, Tekin, Bulut, Karataş, Uçar, Kaplan, Korkmaz, Avcı, Erdem, Keskin"),
    ),
    "kurdish": NamePool(
        male=_t("Dilshad, Rebin, Shvan, Azad, Berzan, Karwan, Ciwan, Baran, Rojhat, Sherzad, Kawa, Hêmin"),
        female=_t("Rojin, Berfin, Nesrin, Hêvîn, Dilan, Zilan, Avin, Shilan, Bêrîvan, Jiyan, Zozan, Viyan"),
        surnames=_t("Zebari, Hawrami, Doski, Berwari, Amedi, Rekani, Sindi, Bamarni, Kurdo, Tovi, Xelîl, "
                    "Bradosti, Herki, Goyi"),
    ),
    "hindustani": NamePool(
        male=_t("Radjesh, Ravi, Anand, Sunil, Dinesh, Vikash, Pravin, Sanjay, Ashwin, Navin, Ramesh, "
                "Kishan, Roshan, Devendra, Soeresh"),
        female=_t("Shanti, Asha, Anjali, Priya, Soenita, Reshma, Nirmala, Kavita, Sharda, Indira, Wiedya, "
                  "Roshni, Sangita, Poenam"),
        surnames=_t("Ramdin, Jagessar, Sewnath, Ramcharan, Bhagwandin, Ramsaran, Kalloe, Moenesar, "
                    "Debipersad, Ganpat, Sardjoe, Autar, Ramlal, Bhoelai, Raghoebar, Sital, Matadin, "
                    "Chotkan, Mahabier"),
    ),
    "javanese": NamePool(
        male=_t("Sukino, Paiman, Soemardi, Wagino, Djoko, Sarmo, Riswan, Soekarman, Wirjo, Suparman"),
        female=_t("Sri, Ponirah, Sitie, Tuminah, Wagiyem, Soeminah, Kartini, Lestari, Rukmini, Sarinah"),
        surnames=_t("Kromodimedjo, Atmodikoro, Sastrowidjojo, Pawirodirdjo, Soemopawiro, Setrowidjojo, "
                    "Kartoredjo, Wongsodikromo, Paidin, Mangoenkarso, Sodikromo, Redjosentono"),
    ),
    "creole": NamePool(
        male=_t("Glenn, Romeo, Clyde, Winston, Marciano, Errol, Humphrey, Dwight, Orlando, Roy, Iwan, "
                "Ferdinand"),
        female=_t("Marcia, Joyce, Sharon, Cheryl, Gracia, Ivette, Tamara, Rosita, Natasja, Jacinta, Ingrid, "
                  "Lucretia"),
        surnames=_t("Wijngaarde, Pinas, Zaalman, Doelwijt, Sabajo, Zeefuik, Vriesde, Linger, Amafo, "
                    "Renfurm, Leeflang, Sedney, Kross, Dundas, Emanuels, Fernandes-Nelom"),
    ),
    "antillean": NamePool(
        male=_t("Shurandy, Jurgen, Rignald, Gilmar, Eldon, Kenrick, Jair, Sidney, Ruthmilo, Jurick, Edsel, "
                "Rudsel"),
        female=_t("Nathaly, Shanaira, Rosalba, Jeanine, Yudeska, Solange, Milaika, Xiomara, Sheritsa, "
                  "Glenda, Ruthsela, Jeaneline"),
        surnames=_t("Martina, Rosaria, Isenia, Janga, Girigorie, Leito, Koeiman, Croes, Sulvaran, "
                    "Pieternella, Cijntje, Franca, Winklaar, Statia, Tromp, Lourens"),
    ),
    "moluccan": NamePool(
        male=_t("Wempi, Yopie, Octovianus, Julius, Rudy, Semuel, Benny, Jopie, Izaak, Nus"),
        female=_t("Nelly, Yolanda, Bertha, Lientje, Josina, Magda, Ietje, Welmoed, Tineke, Elisabeth"),
        surnames=_t("Pattinama, Latuperisa, Tuhumury, Sahetapy, Nanlohy, Manuputty, Wattimena, "
                    "Pattiasina, Leiwakabessy, Sopacua, Tahapary, Matulessy"),
    ),
    "indonesian": NamePool(
        male=_t("Budi, Agus, Rizky, Dimas, Hendra, Bayu, Arief, Fajar, Yudi, Teguh"),
        female=_t("Dewi, Putri, Ayu, Sari, Indah, Rini, Wulan, Fitri, Ratna, Intan"),
        surnames=_t("Santoso, Wijaya, Susanto, Hidayat, Setiawan, Gunawan, Saputra, Kusuma, Hartono, "
                    "Prasetyo, Nugroho, Halim"),
    ),
    "syrian": NamePool(
        male=_t("Khaled, Mahmoud, Rami, Anas, Firas, Ghaith, Wael, Majd, Hussam, Mazen, Nizar, Yamen, "
                "Samer, Fadi, Louay"),
        female=_t("Rasha, Lama, Rana, Hala, Dima, Ghalia, Reem, Razan, Batoul, Hiba, Yara, Sidra, Nisreen, "
                  "Rouba"),
        surnames=_t("Al-Halabi, Haddad, Khoury, Darwish, Sabbagh, Nahhas, Jabri, Attar, Barakat, Kanaan, "
                    "Al-Homsi, Shaar, Zein, Mardini, Qabbani, Hallak, Dabbagh"),
    ),
    "iraqi": NamePool(
        male=_t("Haider, Mustafa, Ammar, Saif, Zaid, Hussein, Karrar, Mohanad, Laith, Sajjad, Murtada, "
                "Hayder, Muntadher"),
        female=_t("Zainab, Duaa, Ruqaya, Shahad, Sura, Hawraa, Zahraa, Israa, Taiba, Aseel, Marwa, Noora"),
        surnames=_t("Al-Jubouri, Al-Saadi, Al-Rubaie, Al-Tamimi, Al-Obaidi, Al-Khafaji, Al-Bayati, "
                    "Al-Zubaidi, Kadhim, Jawad, Al-Musawi, Al-Dulaimi, Hashim, Al-Ameri, Mahdi"),
    ),
    "afghan": NamePool(
        male=_t("Wahid, Farhad, Rahmatullah, Zabiullah, Naweed, Hamid, Ajmal, Sohrab, Mujtaba, Jawed, "
                "Mirwais, Bilal Ahmad, Shafiq, Nasir"),
        female=_t("Fereshta, Shabnam, Nilofar, Parwana, Mursal, Mahbooba, Zarghuna, Hosai, Sahar, Wajiha, "
                  "Marzia, Tahmina, Sodaba"),
        surnames=_t("Rahimi, Noori, Stanekzai, Popal, Safi, Wardak, Sultani, Haidari, Hashimi, Nazari, "
                    "Sadat, Ahmadzai, Jalali, Durrani, Azizi, Faizi"),
    ),
    "iranian": NamePool(
        male=_t("Reza, Arash, Kaveh, Babak, Dariush, Farzad, Mehdi, Payam, Behnam, Siamak, Omid, Kamran"),
        female=_t("Shirin, Parisa, Nasrin, Azadeh, Mahsa, Niloufar, Roya, Setareh, Golnar, Ladan, Forough, "
                  "Mina"),
        surnames=_t("Moradi, Hosseini, Tehrani, Rostami, Jafari, Sadeghi, Farahani, Ghorbani, Rezaei, "
                    "Shirazi, Kazemi, Bahrami, Esfahani, Yazdani, Mirzaei, Najafi"),
    ),
    "somali": NamePool(
        male=_t("Abdirahman, Abdullahi, Liban, Abdiwali, Guled, Mahad, Yasin, Abdikarim, Hamse, Bashir, "
                "Sakariye, Mukhtar"),
        female=_t("Hodan, Fardowsa, Ifrah, Sagal, Ubah, Ayaan, Hibo, Idil, Nimco, Deeqa, Samsam, Fadumo, "
                  "Khadra"),
        surnames=_t("Warsame, Jama, Hirsi, Egal, Dahir, Elmi, Osman, Adan, Gedi, Shire, Duale, Abdille, "
                    "Guleid, Farah"),
    ),
    "eritrean": NamePool(
        male=_t("Yemane, Dawit, Mehari, Filmon, Tekle, Habtom, Kidane, Berhane, Mebrahtu, Ermias, Robel, "
                "Awet, Siem, Natnael"),
        female=_t("Senait, Selam, Tsega, Lemlem, Mehret, Ruta, Saba, Winta, Freweyni, Aster, Hiwet, "
                  "Yordanos, Semhar"),
        surnames=_t("Tesfamariam, Ghebremedhin, Habte, Woldu, Tekeste, Berhe, Gebreyesus, Andemariam, "
                    "Negash, Asfaha, Okbazghi, Weldemichael, Teklehaimanot, Mengis"),
    ),
    "ethiopian": NamePool(
        male=_t("Abebe, Tewodros, Yohannes, Getachew, Biniam, Dereje, Solomon, Kebede, Henok, Fikru"),
        female=_t("Meron, Tigist, Almaz, Bethlehem, Selamawit, Mekdes, Hirut, Meseret, Tsion, Eleni"),
        surnames=_t("Alemu, Bekele, Tadesse, Girma, Worku, Mengistu, Desta, Asfaw, Tesfaye, Demissie, "
                    "Gebru, Wolde"),
    ),
    "sudanese": NamePool(
        male=_t("Musab, Elfatih, Tarig, Hatim, Mujahid, Mubarak, Elsadig, Awad, Abuzar, Osman, Montasir"),
        female=_t("Tasneem, Rayan, Amna, Samah, Nafisa, Ekhlas, Inaam, Sanaa, Fathia, Widad"),
        surnames=_t("Babiker, Elamin, Elhassan, Mukhtar, Elnour, Abdalla, Eltayeb, Suliman, Elmahdi, Gasim, "
                    "Yagoub, Hamad"),
    ),
    "yemeni": NamePool(
        male=_t("Nabil, Fuad, Waleed, Hamoud, Saleh, Bassam, Hisham, Adel, Yahya, Ayman"),
        female=_t("Arwa, Bushra, Amal, Nada, Afrah, Najla, Ghada, Rahma, Sabah, Ibtisam"),
        surnames=_t("Al-Ansi, Al-Hadhrami, Bamatraf, Al-Eryani, Ba-Abbad, Al-Maqtari, Al-Aghbari, Al-Hakimi, "
                    "Al-Qadhi, Shamsan, Al-Kibsi, Bin Salem"),
    ),
    "ukrainian": NamePool(
        male=_t("Oleksandr, Dmytro, Andriy, Serhiy, Mykola, Taras, Bohdan, Yaroslav, Vasyl, Ihor, Oleh, "
                "Volodymyr, Maksym, Yurii"),
        female=_t("Olena, Iryna, Nataliia, Oksana, Tetiana, Yuliia, Kateryna, Svitlana, Halyna, Viktoriia, "
                  "Anastasiia, Liudmyla, Solomiia, Daryna"),
        surnames=_t("Shevchuk, Kovalenko, Bondarenko, Tkachuk, Melnyk, Kravchenko, Oliinyk, Savchenko, "
                    "Lysenko, Marchenko, Rudenko, Hnatiuk, Moroz, Fedorchuk, Hrytsenko, Kostenko, "
                    "Vyshnevskyi|Vyshnevska, Zhuravskyi|Zhuravska"),
    ),
    "polish": NamePool(
        male=_t("Krzysztof, Paweł, Tomasz, Marcin, Grzegorz, Łukasz, Michał, Wojciech, Jakub, Kamil, "
                "Dariusz, Przemysław"),
        female=_t("Agnieszka, Katarzyna, Małgorzata, Joanna, Magdalena, Dorota, Justyna, Beata, Aleksandra, "
                  "Karolina, Weronika, Ewelina"),
        surnames=_t("Nowak, Kowalczyk, Wiśniewski|Wiśniewska, Wójcik, Kamiński|Kamińska, "
                    "Lewandowski|Lewandowska, Zieliński|Zielińska, Woźniak, Dąbrowski|Dąbrowska, "
                    "Kozłowski|Kozłowska, Mazur, Krawczyk, Piątek, Grabowski|Grabowska, Pawlak, Zając, "
                    "Jabłoński|Jabłońska, Wróbel"),
    ),
    "romanian": NamePool(
        male=_t("Andrei, Mihai, Ionuț, Florin, Cristian, Bogdan, Adrian, Gheorghe, Vasile, Răzvan, Ciprian, "
                "Sorin"),
        female=_t("Ioana, Andreea, Mihaela, Alina, Roxana, Cristina, Florentina, Gabriela, Raluca, Denisa, "
                  "Larisa, Loredana"),
        surnames=_t("Popescu, Ionescu, Dumitru, Stoica, Gheorghiu, Munteanu, Constantinescu, Moldovan, Dobre, "
                    "Matei, Ciobanu, Lungu, Rusu, Neagu, Țurcanu, Enache"),
    ),
    "bulgarian": NamePool(
        male=_t("Georgi, Dimitar, Stoyan, Nikolay, Hristo, Plamen, Todor, Kaloyan, Yordan, Svetoslav, "
                "Mehmed, Angel"),
        female=_t("Desislava, Teodora, Radostina, Tsvetelina, Gergana, Yana, Milena, Silviya, Petya, "
                  "Nadezhda, Borislava, Ayshe"),
        surnames=_t("Petrov|Petrova, Dimitrov|Dimitrova, Georgiev|Georgieva, Stoyanov|Stoyanova, "
                    "Nikolov|Nikolova, Todorov|Todorova, Kolev|Koleva, Angelov|Angelova, Hristov|Hristova, "
                    "Yankov|Yankova, Marinov|Marinova, Kostadinov|Kostadinova, Ahmedov|Ahmedova"),
    ),
    "portuguese": NamePool(
        male=_t("João, Tiago, Rui, Nuno, Duarte, Gonçalo, Sérgio, Vítor, Hugo, Bruno, Fábio"),
        female=_t("Inês, Beatriz, Mariana, Catarina, Rita, Joana, Filipa, Raquel, Teresa, Marta, Leonor"),
        surnames=_t("da Silva, dos Santos, Ferreira, Pereira, Oliveira, da Costa, Rodrigues, Martins, "
                    "de Sousa, Gonçalves, Lopes, Marques, de Almeida, Carvalho, Teixeira, Pinto"),
    ),
    "capeverdean": NamePool(
        male=_t("Edmilson, Adilson, Arlindo, Hélder, Ivanildo, Evandro, Jailson, Djoy, Amílcar, Nilton"),
        female=_t("Elisângela, Edna, Nilza, Ivone, Odete, Zenaida, Lucinda, Djenifer, Natália, Crisolita"),
        surnames=_t("Tavares, Semedo, Monteiro, Fortes, Andrade, Varela, Barros, Delgado, Évora, Cabral, "
                    "Livramento, Furtado, Rocha"),
    ),
    "chinese": NamePool(
        male=_t("Wei, Jun, Hao, Lei, Zhiwei, Jianguo, Yong, Kai, Ming, Tao, Ka Wing, Siu Ming, Wai Man"),
        female=_t("Mei, Yan, Jing, Hui, Xiaomei, Ling, Fang, Qing, Yun, Ying, Mei Ling, Wai Yee, Suk Fan"),
        surnames=_t("Wang, Zhang, Liu, Huang, Zhou, Xu, Sun, Zhu, Guo, Lin, Luo, Zheng, Liang, Chan, "
                    "Cheung, Wong, Leung, Lam, Yip"),
    ),
    "vietnamese": NamePool(
        male=_t("Minh Tuan, Van Hung, Duc Anh, Quang Huy, Thanh Son, Hoang Long, Tien Dung, Van Thanh, "
                "Huu Phuoc"),
        female=_t("Thi Lan, Thu Trang, Ngoc Anh, Thi Hoa, Thanh Huong, Bich Ngoc, Kim Lien, Hong Nhung, "
                  "Thi Mai"),
        surnames=_t("Nguyen, Tran, Le, Pham, Hoang, Phan, Vu, Dang, Bui, Ngo, Duong, Ly, Truong, Dinh"),
    ),
    "ghanaian": NamePool(
        male=_t("Kwame, Kofi, Kwabena, Yaw, Kwaku, Kojo, Ebo, Fiifi, Kwesi, Nii"),
        female=_t("Akosua, Abena, Ama, Adwoa, Afua, Efua, Yaa, Esi, Akua, Araba"),
        surnames=_t("Mensah, Owusu, Boateng, Asante, Appiah, Osei, Darko, Agyeman, Acheampong, Amoah, "
                    "Ofori, Bonsu, Adjei, Frimpong, Tetteh, Ansah"),
    ),
    "nigerian": NamePool(
        male=_t("Chinedu, Emeka, Oluwaseun, Tunde, Ifeanyi, Babatunde, Obinna, Segun, Adebayo, Kelechi, "
                "Femi"),
        female=_t("Ngozi, Chiamaka, Funmilayo, Adaeze, Yetunde, Blessing, Chioma, Folake, Temitope, Nneka, "
                  "Oluwakemi"),
        surnames=_t("Okonkwo, Adeyemi, Eze, Okafor, Balogun, Nwosu, Oyelaran, Ogunleye, Chukwu, Adebisi, "
                    "Akinola, Ibekwe, Olatunji, Obi, Umeh"),
    ),
    "congolese": NamePool(
        male=_t("Dieudonné, Fiston, Glodi, Héritier, Papy, Blaise, Trésor, Jean-Marie, Exaucé, Landry"),
        female=_t("Grâce, Merveille, Nadège, Furaha, Mapendo, Neema, Bijoux, Divine, Chancelvie, Ornella"),
        surnames=_t("Kabongo, Mukendi, Tshibangu, Kalonji, Ilunga, Mbuyi, Lukusa, Kasongo, Mwamba, Nsimba, "
                    "Mbala, Kanku, Ngoy, Banza"),
    ),
}

# Particles, longest first so that "van der" wins over "van". Flemish particles keep their
# capital ("Van den Broeck" also after a first name), Dutch ones do not ("Bram van der Pol").
PARTICLES: tuple[str, ...] = (
    "van der", "van den", "van de", "van 't", "in 't", "Van den", "Van der", "Vande", "den", "ter", "van",
    "de", "dos", "da", "Van", "De",
)


def split_particle(surname: str) -> tuple[str, str]:
    """("van der", "Pol") for "van der Pol"; ("", "Peeters") when there is no particle."""
    for particle in PARTICLES:
        if surname.startswith(particle + " ") and len(surname) > len(particle) + 1:
            return particle, surname[len(particle) + 1 :]
    return "", surname


def gendered(surname: str, gender: str) -> str:
    """The masculine or feminine form of a ``masc|fem`` surname (unchanged when it has one form)."""
    if "|" not in surname:
        return surname
    masc, fem = surname.split("|", 1)
    return fem if gender == "f" else masc


# Who appears where, with weights: residents writing letters and complaints, newcomers in the
# case notes of refugee support, and staff (civil servants, volunteers, teachers).
RESIDENT_WEIGHTS: dict[str, int] = {
    "dutch": 22, "frisian": 3, "flemish": 3, "moroccan": 7, "turkish": 7, "kurdish": 1, "hindustani": 4,
    "javanese": 2, "creole": 4, "antillean": 4, "moluccan": 2, "indonesian": 2, "syrian": 2, "iraqi": 1,
    "afghan": 1, "iranian": 1, "somali": 1, "eritrean": 1, "ethiopian": 1, "sudanese": 1, "yemeni": 1,
    "ukrainian": 2, "polish": 4, "romanian": 3, "bulgarian": 2, "portuguese": 2, "capeverdean": 3,
    "chinese": 3, "vietnamese": 3, "ghanaian": 2, "nigerian": 2, "congolese": 2,
}
NEWCOMER_WEIGHTS: dict[str, int] = {
    "syrian": 6, "eritrean": 6, "afghan": 5, "iraqi": 3, "iranian": 3, "somali": 4, "ukrainian": 6,
    "yemeni": 3, "sudanese": 3, "ethiopian": 3, "kurdish": 3, "turkish": 3, "congolese": 2,
}
STAFF_WEIGHTS: dict[str, int] = {
    "dutch": 40, "frisian": 4, "flemish": 2, "moroccan": 7, "turkish": 7, "hindustani": 5, "creole": 4,
    "antillean": 3, "moluccan": 2, "javanese": 1, "indonesian": 1, "polish": 2, "chinese": 1,
    "vietnamese": 1, "ghanaian": 1, "iranian": 2, "syrian": 1, "kurdish": 1, "capeverdean": 1,
}

# Surnames that are also Dutch words. When a person bears one, the generator also writes the word
# as a word (unlabelled), sometimes at the start of a sentence where it is capitalised too.
HOMONYM_SENTENCES: dict[str, tuple[str, ...]] = {
    "Koster": ("De koster van de Grote Kerk doet om negen uur open.",),
    "Post": ("De post wordt op zaterdag niet meer bezorgd.",
             "Post voor de bewoners kan bij de balie worden afgegeven."),
    "Storm": ("Na de storm van vorige week lagen er overal takken.", "Storm en regen zorgden voor wateroverlast."),
    "Winter": ("In de winter is het inloopspreekuur op dinsdagmiddag.", "Winter of niet, de markt gaat door."),
    "Vos": ("Bij de kinderboerderij is een vos gesignaleerd.",),
    "Mol": ("Een mol heeft het grasveld bij de school omgewoeld.",),
    "Kok": ("De kok van het buurthuis kookt op vrijdag voor dertig mensen.",),
    "Schipper": ("De schipper van de waterbus wacht niet op laatkomers.",),
    "Kramer": ("Elke kramer op de zaterdagmarkt betaalt marktgeld.",),
    "Bos": ("Het bos achter de sporthal wordt deze winter uitgedund.",),
    "Wolf": ("Er is geen wolf gezien in de Biesbosch, wel een bever.",),
    "Haan": ("Een haan in de volkstuin maakt de buren om vijf uur wakker.",),
    "Hoek": ("Op de hoek van de straat staat een kapotte lantaarnpaal.",),
    "Berg": ("Er ligt een berg grofvuil naast de container.",),
    "Beek": ("De beek langs het fietspad staat bijna droog.",),
    "Lam": ("Op de kinderboerderij is een lam geboren.",),
    "Brouwer": ("De brouwer van het stadscafé schenkt op Koningsdag gratis koffie.",),
    "Roos": ("Een roos in het perk bij het stadhuis is vernield.",),
    "Iris": ("De iris van het oog werd bij de keuring gefotografeerd.",),
    "Merel": ("Een merel nestelt in de dakgoot van het buurthuis.",),
}
