"""Given names and the short forms people go by: Bill for William, Pepe for José, Sasha for
Aleksandr, Gazza for Gary (as Australians shorten names), and the English names emigrants
go by (Jim for Dimitrios, Joe for Giuseppe), and the Dutch call names (roepnamen) used beside
the register's given names (Kees for Cornelis, Joke for Johanna); Greek given names and the
everyday forms their bearers go by (Γιάννης for Ιωάννης, Κατερίνα for Αικατερίνη, Μπάμπης for
Χαράλαμπος), which meet the Latin spellings of either; and the Akan day names (a child's name
for the weekday of its birth, Kwame for a Saturday's boy, Ama for a girl's), one name in the
spellings of Twi, Fante, Ewe and Baoulé (Kwame, Kwamena, Kwami, Kouamé; Kofi, Fiifi, Koffi;
Akosua, Esi, Akissi); and Russian and English given names as Latvian (with its endings: Sergejs,
Jevgēņijs, Džons), Lithuanian (Sergejus, Aleksejus, Džonas) and Estonian passports (Sergei,
Mihhail, Natalja) write them; and the Irish, Welsh and Scottish Gaelic forms of English
given names (Seán and Siôn for John, Máire and Mair for Mary, Pádraig for Patrick, Dafydd for David, Seumas
and Hamish for James), which one person goes by in one system and not in another, and the
English spellings of Irish and Welsh names (Kieran for Ciarán, Owen for Eoin, Reece for Rhys).

A short form often shares no letters with its name in a way that string similarity
sees ("bill" and "william": Jaro-Winkler 0.53), so the first-name comparison has a level
of its own for two names of one group here. It is a level like any other: the model
learns from the data how often matches and non-matches reach it, so a data set without
nicknames simply gives it no weight.

Names are written as the name normaliser leaves them: lower case, accents removed,
Cyrillic and Greek kept (and read in Latin letters too, as a card writes them). Each line is one
group: the full name, then its short forms.

>>> nickname_groups(["bill", "william", "ann", "x"])[:, 0].tolist() != [-1, -1, -1, -1]
True
>>> same_group(nickname_groups(["bill", "william", "bob"]), [0, 0], [1, 2]).tolist()
[True, False]
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import numpy as np

_GROUPS = """
abigail abby abbie gail
abraham abe bram
albert al bert bertie
alexander alex alec sandy xander lex
alexandra alex sandra sandy lexi alexa
alfred al alf alfie fred freddie
alice allie ally
allison allie ally
andrew andy drew
angela angie
anthony tony ant
antonio tony toni tonio
arthur art artie
barbara barb barbie babs
benjamin ben benny benji
bernard bernie
beverly bev
bradley brad
bridget biddy bridie
caroline carrie carol
catherine cathy cat kate kay cate
charles charlie chuck chas chaz
charlotte charlie lottie
christina chris tina chrissy
christine chris tina chrissy
christopher chris kit topher
clifford cliff
constance connie
cynthia cindy
daniel dan danny
david dave davy
deborah debbie deb debra
dennis denny
donald don donnie
dorothy dot dottie dolly
douglas doug
edmund ed eddie ned
edward ed eddie ted teddy ned
edwin ed eddie
eleanor ellie nell nora
elizabeth liz beth betty bess lisa eliza libby lizzie betsy elisabeth
emily em emmy millie
eugene gene
frances fran frankie fanny
francis frank frankie
franklin frank
frederick fred freddie fritz
gabriel gabe
geoffrey geoff jeff
gerald gerry jerry
gregory greg
harold harry hal
harriet hattie
helen nell nellie
henry harry hank hal
herbert herb bert
isabella bella izzy isabel
jacob jake
james jim jimmy jamie
janet jan
jeffrey jeff
jennifer jen jenny
jessica jess jessie
john jack johnny jon
jonathan jon jonny nathan
joseph joe joey
joshua josh
judith judy
katherine kate kathy katie kitty kay kat
kathleen kate kathy katie
kenneth ken kenny
kimberly kim
lawrence larry laurie
leonard leo len lenny
lillian lily lil
louis lou
louise lou lulu
lucinda lucy cindy
madeline maddie maddy
margaret peggy maggie meg marge margie greta rita mags
martha marty patty
martin marty
mary molly polly mae
matthew matt matty
melissa mel missy
michael mike mikey mick mickey
michelle shelly
nathaniel nate nat nathan
nicholas nick nicky
nicole nicky nikki
oliver ollie
pamela pam
patricia pat patty tricia trish
patrick pat paddy
peter pete
philip phil pip
phillip phil
rebecca becky becca
raymond ray
richard dick rick ricky rich richie
robert bob bobby rob robbie bert
ronald ron ronnie
rosemary rose rosie
russell russ
samantha sam sammy
samuel sam sammy
sarah sally sadie
stanley stan
stephen steve stevie
steven steve stevie
susan sue susie suzy
theodore ted teddy theo
thomas tom tommy
timothy tim timmy
victoria vicky tori
vincent vince vinny
virginia ginny ginger
walter walt wally
william bill billy will willy willie liam
zachary zach zack
anna anne annie nan nancy
johannes johann hans hannes jens
johannes jan johan joop
cornelis kees cor
hendrik henk
jacobus jaap koos sjaak
willem wim pim
gerrit gert
pieter piet
petrus piet
adrianus adrie arie
maria marja mieke ria
johanna joke hanneke
cornelia corrie nel
elisabeth els lies liesbeth
wilhelmina willeke mien
josef sepp seppi beppo
friedrich fritz fred
wolfgang wolf
elisabeth lisa liesl liesel sissi
margarethe grete gretchen
katharina kathi katja
maximilian max maxi
sebastian basti seba sebas
ulrich uli
dietrich dieter
jose pepe pepito chema
guillermo memo guille
mercedes merche meche
mehmet memo mehmo
mustafa musti
mohamed med mhd mohd muhd md
mohammed med mhd mohd muhd md
muhammad med mhd mohd muhd md
mohammad med mhd mohd muhd md
mohamad med mhd mohd muhd md
ibrahim ibo
abdullah apo
huseyin huso
fatma fatos
francisco paco pancho curro quico
ignacio nacho
dolores lola
concepcion concha conchita
guadalupe lupe
rosario charo
enrique quique
manuel manolo manu
antonia toni
jesus chucho chuy
alejandro alejo alex
rafael rafa
eduardo edu lalo
francisca pancha panchita
constanza coni conny
catalina cata
carolina caro
valentina vale
javiera javi
daniela dani
fernanda fer fena
jose ze zezinho zeca
joao joaozinho jao
antonio tonho toninho tonico
francisco chico chiquinho xico
sebastiao tiao bastiao
eduardo dudu
carlos carlinhos caca
paulo paulinho
felipe lipe
filipe pipo
gustavo guga
guilherme gui
manoel mane neco
manuel manel nelo
joaquim quim
raimundo mundinho
gabriel biel gabi
fernando nando
roberto beto
alberto beto
alexandre xande
vinicius vini
benedito dito
maria mari mariazinha
ana aninha nana
francisca chica chiquinha
juliana ju juju
fernanda nanda
patricia paty pati
gabriela gabi
beatriz bia
camila mila cami
luciana lu lulu
vanessa nessa
isabel bel isa
margarida guida
teresa tete
leticia lele
adriana dri drica
cristina cris
joana joaninha
maria das gracas graca
maria da conceicao conceicao sao
maria de fatima fatima
maria aparecida cida
maria jose zeze
maria eduarda duda
maria luiza malu
maria luisa malu
ana carolina carol
ana luiza analu
maria de lurdes lurdes
maria de lourdes lurdes
carlos eduardo cadu
agustina agus
micaela mica
florencia flor
gonzalo gonza
federico fede
santiago santi
alejandra ale
roberto beto
alberto beto
humberto beto
giuseppe beppe peppe pino
luigi gigi gino
giovanni gianni nanni
francesco franco cecco
salvatore toto
vincenzo enzo
domenico mimmo
alessandro sandro
aleksandr sasha sanya shura
alexandr sasha sanya shura
aleksandra sasha shura
dmitry dima mitya
dmitriy dima mitya
mikhail misha
nikolay kolya
ivan vanya
vladimir volodya vova
sergey seryozha serezha
yekaterina katya
ekaterina katya
natalya natasha
natalia natasha
mariya masha
maria masha
yelena lena
elena lena
olga olya
tatyana tanya
tatiana tanya
anastasiya nastya
anastasia nastya
svetlana sveta
yevgeny zhenya
evgeny zhenya
александр саша саня шура
александра саша шура
дмитрий дима митя
михаил миша
николай коля
иван ваня
владимир володя вова
сергей серёжа сережа
екатерина катя
наталья наташа
наталия наташа
мария маша
елена лена
ольга оля
татьяна таня
анастасия настя
светлана света
евгений женя
евгения женя
алексей лёша леша
андрей андрюша
павел паша
jan janek
katarzyna kasia
malgorzata gosia
aleksander olek
wojciech wojtek
krzysztof krzys
johanna hanna
oleksandr olexandr aleksandr alexandr sasha sashko олександр александр саша сашко
volodymyr vladimir volodya vova володимир владимир володя вова
mykola nikolay nikolai kolya микола николай коля
serhiy serhii sergii sergey sergei sergiy сергій сергей серёжа
dmytro dmitry dmitriy dmitrii dima дмитро дмитрий дима
andriy andrii andrey andrei андрій андрей
oleksiy oleksii aleksey alexey aleksei lyosha олексій алексей льоша
mykhailo mykhaylo mikhail misha михайло михаил миша
yuriy yurii yuri yura юрій юрий юра
petro pyotr petr petya петро пётр петр петя
pavlo pavel pasha павло павел паша
vasyl vasiliy vasily vasya василь василий вася
hryhoriy hryhorii grigoriy grigory grisha григорій григорий гриша
yevhen yevgen evgeny yevgeny zhenya євген евгений женя
olena elena yelena alena lena олена елена алёна лена
tetiana tetyana tatiana tatyana tanya тетяна татьяна таня
nataliia nataliya natalia natalya natasha наталія наталья наташа
iryna irina ira ірина ирина іра
halyna galina galya галина галя
liudmyla lyudmila ludmila lyuda mila людмила люда міла
kateryna ekaterina yekaterina katya катерина екатерина катя
anastasiia anastasiya anastasia nastya анастасія анастасия настя
mariia mariya maria masha марія мария маша
yuliia yuliya yulia julia юлія юлия
viktoriia viktoriya viktoria vika вікторія виктория віка
svitlana svetlana sveta світлана светлана світла
aleksandrs aleksandras aleksandr alexander александр
aleksejs aleksejus aleksei aleksey alexey aleksej алексей
andrejs andrejus andrei andrey andrej андрей
sergejs sergejus sergei sergey sergej сергей
dmitrijs dmitrijus dmitri dmitry dmitriy dmitrij дмитрий
vladimirs vladimiras vladimir владимир
nikolajs nikolajus nikolai nikolay nikolaj николай
igors igoris igor игорь
mihails michailas mihhail mikhail mihail михаил
jurijs jurijus juri yuri yury jurij юрий
jevgēņijs jevgenijus jevgeni evgeny yevgeny jevgenij евгений
viktors viktoras viktor виктор
olegs olegas oleg олег
pāvels pavelas pavel павел
artjoms artiomas artjom artyom artem артём
maksims maksimas maksim maxim максим
deniss denisas denis денис
vadims vadimas vadim вадим
jeļena jelena elena yelena елена
natālija natalija natalja natalya natalia наталья
tatjana tatyana tatiana татьяна
jekaterina ekaterina yekaterina екатерина
jūlija julija julia yulia yuliya юлия
ludmila ljudmila liudmila lyudmila людмила
gaļina galina галина
anastasija anastassia anastasia анастасия
viktorija viktoria victoria виктория
džons džonas john
maikls maiklas michael
deivids deividas david
džeimss džeimsas james
tomass thomas
pīters piteris peter
tomasz tomek
piotr piotrek
pawel pawelek
michal michalek
jakub kuba
stanislaw staszek stas
grzegorz grzesiek
jozef jozek
zbigniew zbyszek
wladyslaw wladek
anna ania anka
joanna asia
agnieszka aga
magdalena magda
malgorzata malgosia
barbara basia
elzbieta ela
aleksandra ola
krystyna krysia
zofia zosia
jadwiga jadzia
urszula ula
natalie nat nattie
rebecca bec
nicole nic
margaret marg
jonathan jono
jason jase
mitchell mitch
michelle shell shelley
stephen stevo
steven stevo
robert robbo
david davo
thomas tommo
benjamin benno
richard richo
gary gazza
barry bazza
darren dazza
sharon shazza
kerry kezza
warren wazza
murray muzza
terry tezza
karen kazza
jarrod jazza
jared jazza
harry hazza
larry lazza
perry pezza
gerard gezza
dimitrios dimitris jim jimmy δημητριος δημητρης μητσος
giuseppe joe joey
francesco frank frankie
nikolaos nikos nick νικολαος νικος
christos chris
konstantinos kostas con gus κωνσταντινος κωστας ντινος
georgios giorgos george γεωργιος γιωργος yiorgos
ioannis yiannis john ιωαννης γιαννης yannis
panagiotis takis peter παναγιωτης πανος τακης panayiotis
vasilios vasilis bill βασιλειος βασιλης vassilis
kwasi kwesi akwasi kosi siisi kouassi
akosua esi akos kisi akissi
kwadwo kojo kodzo kwodwo kwadjo jojo kouadio
adwoa adjoa ajoa adzo adjoua
kwabena kobina kabenla ebo komla
abena abenaa araba abla
kwaku kweku kuuku kwaaku kouakou
akua ekua kukua aku ahou
yaw yao ekow
yaa aba yawa
kofi koffi fiifi kofie
afua efua afia efia afi affoue
kwame kwamena kuami kwami komi ato kouame
ama amma ame amoin
αθανασιος θανασης θανος
ευαγγελος βαγγελης vaggelis
μιχαηλ μιχαλης mihalis
σπυριδων σπυρος spiros
αντωνιος αντωνης
χαραλαμπος μπαμπης χαμπης charalambos haralambos bambos babis
θεοδωρος θοδωρης
εμμανουηλ μανωλης μανος
αλεξανδρος αλεκος αλεξης
αικατερινη κατερινα ekaterini
βασιλικη βασω vasso vicky
παναγιωτα γιωτα yiota
αναστασια νατασα τασουλα natasha
ειρηνη ρενα irini
ιωαννα γιαννα
vincenzo vince enzo
salvatore sal sam
domenico dom
giovanni gianni john
john seán shaun shawn
mary máire maura moira
patrick pádraig pádraic padraic páidí paudie
michael mícheál micheál
james séamus shay shamus
thomas tomás
margaret mairéad peig
catherine caitríona caitlín kathleen
bridget bríd breda
elizabeth eilís
eileen eibhlín
ellen eibhlín
helen héilin
anne áine
nora nóra noreen
sarah sorcha
joseph seosamh
peter peadar
martin máirtín
donal dónal dónall domhnall
daniel dónall
gerard gearóid ger
kevin caoimhín
dermot diarmuid jeremiah
denis donncha donnchadh
conor conchúr conchobhar
brendan breandán
declan deaglán
timothy tadhg
darragh dara
orla orlaith
grace gráinne
joan siobhán
jane sinéad siân
john siôn ioan
david dafydd dai dewi dave
evan ifan ieuan
hugh huw
owen owain
thomas tomos twm
william gwilym
richard rhisiart
peter pedr
michael mihangel
mary mair
catherine catrin
helen elin
janet sioned
margaret marged mared
john iain ian
mary màiri mhairi
james seumas hamish
alexander alasdair alistair
donald dòmhnall
roderick ruairidh ruaridh rory
kenneth coinneach
catherine catrìona catriona katrina
helen eilidh
euan ewan ewen eoghan
ciarán kieran kieron
eoin owen
niamh neve neave
caoimhe keeva
gráinne grania granya
siobhán chevonne shevaun
rhys reece rees
"""


@cache
def _table() -> dict[str, tuple[int, ...]]:
    """Each name → the numbers of the groups it is in."""
    from tekil.normalize.latin import latin
    from tekil.normalize.text import fold

    groups: dict[str, list[int]] = {}
    for number, line in enumerate(filter(None, _GROUPS.splitlines())):
        # Folded as the names it meets are: Дмитрий is "дмитрии", Лёша "леша" (the marks off).
        line = fold(line)
        for name in dict.fromkeys([*line.split(), *latin(line).split()]):  # Cyrillic in Latin
            groups.setdefault(name, []).append(number)
    return {name: tuple(numbers) for name, numbers in groups.items()}


def nickname_groups(names: Sequence[str]) -> np.ndarray:
    """The groups of each name (one row per name, ``-1`` where it has fewer); a name of several
    words is in the groups of its first word too ("bill h" is Bill's)."""
    table = _table()
    found = [
        table.get(name, ())
        + (table.get(first, ()) if (first := name.split(" ")[0]) != name else ())
        for name in names
    ]
    width = max(map(len, found), default=0) or 1
    out = np.full((len(found), width), -1, dtype=np.int32)
    for row, numbers in enumerate(found):
        out[row, : len(numbers)] = numbers
    return out


def same_group(groups: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Whether names ``a[k]`` and ``b[k]`` (rows of ``groups``) share a group."""
    ga, gb = groups[np.asarray(a)], groups[np.asarray(b)]
    shared = (ga[:, :, None] == gb[:, None, :]) & (ga[:, :, None] >= 0)
    return shared.any(axis=(1, 2))
