"""A Brazilian and Portuguese bank and telco group's customers (Brazilians in Brazil, Portuguese
in Portugal and Brazilians who moved to Portugal): a Brazilian retail bank's core system, a
Brazilian mobile operator's prepaid registrations, a Portuguese bank, the group's online
marketplace and its WhatsApp support desk, stacked in one file (a ``system`` column; a column of
the same name in two systems is one column).

* Brazilian bank (``BANCO_BR``), a mainframe's customer file, one row per account (a customer
  typed again at each branch): ``AGENCIA`` / ``CONTA`` (``0123`` / ``45678-9``),
  ``NOME_CLIENTE`` in capitals without accents, cut at 40 characters, its middle surnames
  abbreviated to fit (``MARIA DAS G DA S SANTOS``) or cut short, ``CPF`` (eleven digits, two
  mod-11 check digits, its ninth the fiscal region; ``123.456.789-09``, bare, its leading zeros
  lost where a spreadsheet held it as a number), ``DT_NASC`` (``14/03/1985``, ``19850314``),
  ``SEXO``, ``NOME_MAE`` (the mother's whole name, kept on almost every record: siblings share
  it, and ``MARIA DA SILVA`` is the mother of many), ``RG`` (``12.345.678-9 SSP/SP``, ``MG-12.345.678``,
  a second state's), ``LOGRADOURO`` (``R AUGUSTA``), ``NUMERO`` (``1234``, ``S/N``),
  ``COMPLEMENTO`` (``APTO 45 BL B``), ``BAIRRO``, ``CEP`` (``01310-100``, ``1310100`` without its
  zero), ``MUNICIPIO``, ``UF``, ``TEL_RESIDENCIAL`` (a household's landline, ``(11) 3456-7890``),
  ``TEL_CELULAR`` and ``EMAIL``.
* Brazilian mobile operator (``PRE_PAGO``), prepaid lines' registrations: ``nome``, ``cpf``,
  ``telefone`` (the line: ``(11) 98765-4321``, ``11987654321``, ``+55 11 98765-4321``, ``0 21 11
  98765-4321`` with a carrier's code, and ``(11) 8765-4321`` as registered before the mobiles
  gained their ninth digit in 2012–2016), ``data_nascimento``, ``data_ativacao`` (the line's
  activation: a date that is no birth date), ``cep``, ``cidade``, ``uf``. A child's line is in
  a parent's name and CPF.
* Portuguese bank (``BANCO_PT``): ``N.º Cliente``, ``Nome`` (the given names, now and then with
  the first surnames), ``Apelidos`` (the surnames: in Portugal the mother's then the father's,
  the last the family name), ``NIF`` (nine digits, a mod-11 check digit), ``Cartão de Cidadão``
  (``12345678 9 ZZ4``: the civil number, its check digit, the card's version and a check
  character; or the civil number alone, an old BI's), ``Data de nascimento`` (``14-03-1985``),
  ``Nacionalidade``, ``Morada`` (``Rua de Santa Catarina, 123, 2.º Esq.``), ``Código postal``
  (``4000-447``, ``4000-447 Porto``), ``Localidade``, ``Telemóvel`` (``912 345 678``, ``+351
  912345678``; a Brazilian's old ``+55`` number now and then), ``Telefone`` (a household's
  landline, ``21 345 6789``) and ``Email``.
* Marketplace (``MARKETPLACE``), typed by the customers: ``email``, ``nome_completo`` (mixed
  case with accents, one surname left out, or in small letters), ``cpf`` (bare or punctuated,
  empty for the Portuguese), ``celular``, ``data_nascimento`` (``1985-03-14``),
  ``tipo_chave_pix`` / ``chave_pix`` (a Pix key: the CPF, the phone as ``+5511987654321``, the
  e-mail or a random UUID), ``cep`` and ``endereco_entrega`` in one line. Several accounts.
* WhatsApp support desk (``WHATSAPP``), one row per conversation: ``protocolo``, ``nome_contato``
  (the profile's name: a first name, a first name and the family name, a nickname, an emoji),
  ``apelido`` (the nickname the agent noted: ``Zé``, ``Juju``, ``Tião``; in Brazil an
  *apelido* is a nickname, in Portugal a surname), ``whatsapp`` (``+55 11 98765-4321``,
  ``+351 912 345 678``) and ``cpf_nif`` as the customer typed it, now and then.

Names: one or two given names (``Maria das Graças``, ``José Carlos``, ``Ana Rita``), then one to
three surnames with their particles (``da Silva``, ``dos Santos``, ``de Oliveira``), the
mother's before the father's so that the last is the family name that children share; sons
named after their fathers with ``Filho``/``Júnior`` and grandsons with ``Neto``, otherwise
sharing the whole name; married women who added their husband's surname, or put it in place of
their father's, and dropped it again; Brazilian and Portuguese spellings (``Antônio``/``António``,
``Luiz``/``Luís``, ``Souza``/``Sousa``, ``Thiago``/``Tiago``, ``Matheus``/``Mateus``); accents
dropped in capitals or mangled by an encoding (``JOÃƒO``, ``CONCEIÃ‡ÃƒO``); very common given
and family names, so many namesakes.

What makes it hard: the mother's name beside every bank record (siblings share it, a father
and his ``Filho`` differ in it only), the same name for father and son but for ``Filho``,
records cut at 40 characters and abbreviated, one family on one landline, address and
e-mail, children's prepaid lines in a parent's CPF, mobiles with and without the ninth digit,
carriers' codes and ``0xx``, ``+55``/``+351`` and none, Brazilians who moved to Portugal under
both countries' ids, addresses and phones, ``apelido`` that means a nickname in one system
and the surnames in another, activation dates beside birth dates, typos and gaps.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import pandas as pd

from check_digits import cartao_cidadao_digit, cpf_digits, portugal_mod11_digit, rg_sp_digit
from draws import TODAY, Draws, wpick

#: Given names: {canonical: ({spelling: weight}, weight)}; Brazilian and Portuguese tables.
BR_M = {
    "José": ({"José": 1}, 40), "João": ({"João": 1}, 30), "Antônio": ({"Antônio": 85, "Antonio": 15}, 25),
    "Francisco": ({"Francisco": 1}, 18), "Carlos": ({"Carlos": 1}, 16), "Paulo": ({"Paulo": 1}, 15),
    "Pedro": ({"Pedro": 1}, 14), "Lucas": ({"Lucas": 1}, 12), "Luiz": ({"Luiz": 60, "Luis": 25, "Luís": 15}, 14),
    "Marcos": ({"Marcos": 1}, 12), "Gabriel": ({"Gabriel": 1}, 12), "Rafael": ({"Rafael": 1}, 10),
    "Daniel": ({"Daniel": 1}, 9), "Marcelo": ({"Marcelo": 1}, 10), "Bruno": ({"Bruno": 1}, 9),
    "Eduardo": ({"Eduardo": 1}, 8), "Felipe": ({"Felipe": 75, "Filipe": 25}, 8), "Raimundo": ({"Raimundo": 1}, 7),
    "Rodrigo": ({"Rodrigo": 1}, 8), "Manoel": ({"Manoel": 60, "Manuel": 40}, 7), "Matheus": ({"Matheus": 60, "Mateus": 40}, 8),
    "Thiago": ({"Thiago": 65, "Tiago": 35}, 8), "Gustavo": ({"Gustavo": 1}, 7), "Guilherme": ({"Guilherme": 1}, 7),
    "Sebastião": ({"Sebastião": 1}, 5), "Anderson": ({"Anderson": 1}, 5), "Fábio": ({"Fábio": 1}, 5),
    "Sérgio": ({"Sérgio": 1}, 5), "Wellington": ({"Wellington": 80, "Welington": 20}, 4),
    "Luiz Carlos": ({"Luiz Carlos": 70, "Luis Carlos": 30}, 5), "José Carlos": ({"José Carlos": 1}, 6),
    "João Pedro": ({"João Pedro": 1}, 6), "Carlos Eduardo": ({"Carlos Eduardo": 1}, 5),
    "Antônio Carlos": ({"Antônio Carlos": 1}, 4), "Paulo Henrique": ({"Paulo Henrique": 1}, 4),
    "João Victor": ({"João Victor": 60, "João Vitor": 40}, 4), "José Roberto": ({"José Roberto": 1}, 3),
}  # fmt: skip
BR_F = {
    "Maria": ({"Maria": 1}, 30), "Ana": ({"Ana": 1}, 18), "Francisca": ({"Francisca": 1}, 10),
    "Antônia": ({"Antônia": 85, "Antonia": 15}, 8), "Adriana": ({"Adriana": 1}, 9), "Juliana": ({"Juliana": 1}, 9),
    "Márcia": ({"Márcia": 1}, 8), "Fernanda": ({"Fernanda": 1}, 9), "Patrícia": ({"Patrícia": 1}, 9),
    "Aline": ({"Aline": 1}, 8), "Sandra": ({"Sandra": 1}, 7), "Camila": ({"Camila": 1}, 8),
    "Amanda": ({"Amanda": 1}, 7), "Bruna": ({"Bruna": 1}, 7), "Jéssica": ({"Jéssica": 70, "Jessica": 30}, 6),
    "Letícia": ({"Letícia": 1}, 6), "Júlia": ({"Júlia": 80, "Julia": 20}, 6), "Luciana": ({"Luciana": 1}, 7),
    "Vanessa": ({"Vanessa": 1}, 6), "Mariana": ({"Mariana": 1}, 7), "Gabriela": ({"Gabriela": 1}, 6),
    "Beatriz": ({"Beatriz": 1}, 5), "Raimunda": ({"Raimunda": 1}, 4), "Cláudia": ({"Cláudia": 1}, 6),
    "Maria José": ({"Maria José": 1}, 6), "Maria das Graças": ({"Maria das Graças": 1}, 5),
    "Maria da Conceição": ({"Maria da Conceição": 1}, 5), "Maria Aparecida": ({"Maria Aparecida": 1}, 7),
    "Ana Paula": ({"Ana Paula": 1}, 6), "Ana Carolina": ({"Ana Carolina": 1}, 5),
    "Maria Eduarda": ({"Maria Eduarda": 1}, 5), "Maria de Fátima": ({"Maria de Fátima": 1}, 5),
    "Ana Luiza": ({"Ana Luiza": 55, "Ana Luísa": 25, "Analuiza": 20}, 3), "Maria Luiza": ({"Maria Luiza": 70, "Maria Luísa": 30}, 3),
}  # fmt: skip
PT_M = {
    "João": ({"João": 1}, 25), "José": ({"José": 1}, 22), "António": ({"António": 90, "Antonio": 10}, 22),
    "Francisco": ({"Francisco": 1}, 14), "Manuel": ({"Manuel": 1}, 16), "Pedro": ({"Pedro": 1}, 12),
    "Rui": ({"Rui": 1}, 10), "Nuno": ({"Nuno": 1}, 9), "Tiago": ({"Tiago": 1}, 10), "Miguel": ({"Miguel": 1}, 10),
    "Luís": ({"Luís": 85, "Luis": 15}, 10), "Paulo": ({"Paulo": 1}, 9), "Carlos": ({"Carlos": 1}, 9),
    "Jorge": ({"Jorge": 1}, 8), "Ricardo": ({"Ricardo": 1}, 8), "Diogo": ({"Diogo": 1}, 7), "Duarte": ({"Duarte": 1}, 5),
    "Gonçalo": ({"Gonçalo": 1}, 7), "Rodrigo": ({"Rodrigo": 1}, 6), "Afonso": ({"Afonso": 1}, 5),
    "Joaquim": ({"Joaquim": 1}, 6), "Vasco": ({"Vasco": 1}, 3), "Filipe": ({"Filipe": 1}, 6),
    "João Pedro": ({"João Pedro": 1}, 5), "José Manuel": ({"José Manuel": 1}, 5), "Luís Miguel": ({"Luís Miguel": 1}, 4),
}  # fmt: skip
PT_F = {
    "Maria": ({"Maria": 1}, 22), "Ana": ({"Ana": 1}, 16), "Inês": ({"Inês": 85, "Ines": 15}, 9),
    "Beatriz": ({"Beatriz": 1}, 8), "Mariana": ({"Mariana": 1}, 8), "Sofia": ({"Sofia": 1}, 7),
    "Catarina": ({"Catarina": 1}, 9), "Joana": ({"Joana": 1}, 9), "Rita": ({"Rita": 1}, 7), "Carla": ({"Carla": 1}, 7),
    "Sandra": ({"Sandra": 1}, 6), "Sónia": ({"Sónia": 85, "Sonia": 15}, 6), "Teresa": ({"Teresa": 1}, 6),
    "Isabel": ({"Isabel": 1}, 7), "Filipa": ({"Filipa": 1}, 5), "Margarida": ({"Margarida": 1}, 5),
    "Cláudia": ({"Cláudia": 1}, 5), "Patrícia": ({"Patrícia": 1}, 5), "Fernanda": ({"Fernanda": 1}, 4),
    "Maria João": ({"Maria João": 1}, 6), "Ana Rita": ({"Ana Rita": 1}, 6), "Maria Inês": ({"Maria Inês": 1}, 4),
    "Ana Sofia": ({"Ana Sofia": 1}, 4), "Maria do Carmo": ({"Maria do Carmo": 1}, 3),
    "Maria de Lurdes": ({"Maria de Lurdes": 60, "Maria de Lourdes": 40}, 4), "Maria da Conceição": ({"Maria da Conceição": 1}, 3),
}  # fmt: skip
#: Surnames with the particle they are written with (or not) and their spellings.
BR_SN = {
    "Silva": ({"Silva": 1}, 60), "Santos": ({"Santos": 1}, 45), "Oliveira": ({"Oliveira": 1}, 35),
    "Souza": ({"Souza": 70, "Sousa": 30}, 30), "Pereira": ({"Pereira": 1}, 22), "Ferreira": ({"Ferreira": 1}, 20),
    "Lima": ({"Lima": 1}, 18), "Costa": ({"Costa": 1}, 16), "Rodrigues": ({"Rodrigues": 1}, 18), "Alves": ({"Alves": 1}, 18),
    "Gomes": ({"Gomes": 1}, 14), "Ribeiro": ({"Ribeiro": 1}, 12), "Martins": ({"Martins": 1}, 12),
    "Carvalho": ({"Carvalho": 1}, 12), "Almeida": ({"Almeida": 1}, 10), "Lopes": ({"Lopes": 1}, 9),
    "Soares": ({"Soares": 1}, 9), "Fernandes": ({"Fernandes": 1}, 9), "Vieira": ({"Vieira": 1}, 8),
    "Barbosa": ({"Barbosa": 1}, 8), "Rocha": ({"Rocha": 1}, 7), "Dias": ({"Dias": 1}, 7), "Nascimento": ({"Nascimento": 1}, 9),
    "Andrade": ({"Andrade": 1}, 6), "Moreira": ({"Moreira": 1}, 6), "Nunes": ({"Nunes": 1}, 6), "Marques": ({"Marques": 1}, 6),
    "Machado": ({"Machado": 1}, 5), "Mendes": ({"Mendes": 1}, 6), "Freitas": ({"Freitas": 1}, 5), "Cardoso": ({"Cardoso": 1}, 5),
    "Ramos": ({"Ramos": 1}, 5), "Gonçalves": ({"Gonçalves": 1}, 7), "Araújo": ({"Araújo": 85, "Araujo": 15}, 7),
    "Correia": ({"Correia": 70, "Corrêa": 30}, 4), "Cavalcanti": ({"Cavalcanti": 75, "Cavalcante": 25}, 4),
    "Batista": ({"Batista": 75, "Baptista": 25}, 4), "Jesus": ({"Jesus": 1}, 8), "Conceição": ({"Conceição": 1}, 5),
    "Teixeira": ({"Teixeira": 1}, 5), "Monteiro": ({"Monteiro": 1}, 4), "Azevedo": ({"Azevedo": 80, "Azevêdo": 20}, 3),
}  # fmt: skip
PT_SN = {
    "Silva": ({"Silva": 1}, 30), "Santos": ({"Santos": 1}, 22), "Ferreira": ({"Ferreira": 1}, 20),
    "Pereira": ({"Pereira": 1}, 18), "Oliveira": ({"Oliveira": 1}, 14), "Costa": ({"Costa": 1}, 14),
    "Rodrigues": ({"Rodrigues": 1}, 16), "Martins": ({"Martins": 1}, 14), "Jesus": ({"Jesus": 1}, 8),
    "Sousa": ({"Sousa": 90, "Souza": 10}, 16), "Fernandes": ({"Fernandes": 1}, 12), "Gonçalves": ({"Gonçalves": 1}, 12),
    "Gomes": ({"Gomes": 1}, 10), "Lopes": ({"Lopes": 1}, 10), "Marques": ({"Marques": 1}, 9), "Alves": ({"Alves": 1}, 9),
    "Almeida": ({"Almeida": 1}, 8), "Ribeiro": ({"Ribeiro": 1}, 8), "Pinto": ({"Pinto": 1}, 8), "Carvalho": ({"Carvalho": 1}, 8),
    "Teixeira": ({"Teixeira": 1}, 7), "Moreira": ({"Moreira": 1}, 6), "Correia": ({"Correia": 1}, 6), "Mendes": ({"Mendes": 1}, 6),
    "Nunes": ({"Nunes": 1}, 6), "Soares": ({"Soares": 1}, 6), "Vieira": ({"Vieira": 1}, 5), "Monteiro": ({"Monteiro": 1}, 5),
    "Cardoso": ({"Cardoso": 1}, 5), "Rocha": ({"Rocha": 1}, 4), "Neves": ({"Neves": 1}, 4), "Coelho": ({"Coelho": 1}, 4),
    "Cruz": ({"Cruz": 1}, 4), "Cunha": ({"Cunha": 1}, 4), "Pires": ({"Pires": 1}, 4), "Reis": ({"Reis": 1}, 4),
    "Simões": ({"Simões": 1}, 4), "Antunes": ({"Antunes": 1}, 3), "Matos": ({"Matos": 1}, 3), "Fonseca": ({"Fonseca": 1}, 3),
    "Magalhães": ({"Magalhães": 1}, 3), "Lourenço": ({"Lourenço": 1}, 3), "Henriques": ({"Henriques": 1}, 2),
}  # fmt: skip
#: The particle a surname is written after, where it takes one.
PARTICLE = {"Silva": "da", "Santos": "dos", "Oliveira": "de", "Souza": "de", "Sousa": "de", "Jesus": "de",
            "Conceição": "da", "Nascimento": "do", "Costa": "da", "Rocha": "da", "Cruz": "da", "Cunha": "da",
            "Almeida": "de", "Andrade": "de", "Carvalho": "de", "Araújo": "de", "Lima": "de", "Azevedo": "de",
            "Freitas": "de", "Moura": "de", "Matos": "de", "Magalhães": "de", "Castro": "de"}  # fmt: skip
#: Nicknames Brazilians and Portuguese go by (the first given name's).
NICKNAMES = {
    "José": ["Zé", "Zezinho", "Zé"], "João": ["Joãozinho", "Jão"], "Antônio": ["Tonho", "Toninho", "Tony"],
    "António": ["Tó", "Toni"], "Francisco": ["Chico", "Chiquinho", "Xico"], "Sebastião": ["Tião"],
    "Eduardo": ["Dudu", "Edu"], "Carlos": ["Carlinhos", "Cacá"], "Paulo": ["Paulinho"], "Rafael": ["Rafa"],
    "Felipe": ["Lipe"], "Filipe": ["Pipo"], "Gustavo": ["Guga", "Gu"], "Guilherme": ["Gui"], "Ricardo": ["Rick"],
    "Manuel": ["Manel", "Nelo"], "Manoel": ["Mané", "Neco"], "Joaquim": ["Quim"], "Luiz": ["Lula", "Luizinho"],
    "Raimundo": ["Mundinho"], "Gabriel": ["Biel", "Gabi"], "Matheus": ["Teteu"], "Rodrigo": ["Digo", "Rô"],
    "Maria": ["Mari", "Mariazinha", "Mary"], "Ana": ["Aninha", "Nana"], "Francisca": ["Chica", "Chiquinha"],
    "Juliana": ["Ju", "Juju"], "Fernanda": ["Nanda", "Fê"], "Patrícia": ["Paty", "Pati"], "Gabriela": ["Gabi"],
    "Beatriz": ["Bia", "Bea"], "Camila": ["Mila", "Cami"], "Luciana": ["Lu", "Lulu"], "Vanessa": ["Van", "Nessa"],
    "Isabel": ["Bel", "Isa"], "Margarida": ["Guida"], "Teresa": ["Teté"], "Mariana": ["Mari"],
    "Letícia": ["Lelê", "Tici"], "Amanda": ["Mandy", "Amandinha"], "Bruna": ["Bru"], "Catarina": ["Cat", "Tina"],
    "Joana": ["Jo", "Joaninha"], "Júlia": ["Juju", "Ju"], "Jéssica": ["Jé"], "Adriana": ["Dri", "Drica"],
}  # fmt: skip
#: Who a compound given name goes by: Maria das Graças is Graça, Maria da Conceição São.
GOES_BY = {"Maria das Graças": "Graça", "Maria da Conceição": "Conceição", "Maria de Fátima": "Fátima",
           "Maria Aparecida": "Cida", "Maria José": "Zezé", "Maria Eduarda": "Duda", "Maria Luiza": "Malu",
           "Ana Carolina": "Carol", "Ana Paula": "Ana Paula", "Maria de Lurdes": "Lurdes", "Maria do Carmo": "Carminho",
           "Maria João": "Maria João", "José Carlos": "Zé Carlos", "Luiz Carlos": "Luizão", "João Pedro": "JP",
           "Carlos Eduardo": "Cadu", "Paulo Henrique": "PH", "José Roberto": "Zé Roberto", "Ana Luiza": "Analu"}  # fmt: skip
#: Brazilian cities: (city, UF, DDD, CEP prefixes, neighbourhoods, weight).
BR_CITIES = [
    ("São Paulo", "SP", "11", ["01", "02", "03", "04", "05", "08"],
     ["Consolação", "Bela Vista", "Mooca", "Tatuapé", "Pinheiros", "Vila Mariana", "Santana", "Itaquera",
      "Capão Redondo", "Butantã", "Jardim Ângela", "Brás"], 30),
    ("Rio de Janeiro", "RJ", "21", ["20", "21", "22", "23"],
     ["Copacabana", "Tijuca", "Botafogo", "Méier", "Campo Grande", "Bangu", "Madureira", "Barra da Tijuca"], 16),
    ("Belo Horizonte", "MG", "31", ["30", "31"], ["Savassi", "Funcionários", "Pampulha", "Barreiro", "Venda Nova"], 8),
    ("Salvador", "BA", "71", ["40", "41"], ["Pituba", "Barra", "Itapuã", "Liberdade", "Brotas"], 7),
    ("Recife", "PE", "81", ["50", "51", "52"], ["Boa Viagem", "Casa Forte", "Afogados", "Várzea"], 6),
    ("Fortaleza", "CE", "85", ["60"], ["Aldeota", "Messejana", "Meireles", "Benfica"], 6),
    ("Curitiba", "PR", "41", ["80", "81", "82"], ["Batel", "Boqueirão", "Portão", "Cajuru"], 5),
    ("Porto Alegre", "RS", "51", ["90", "91"], ["Moinhos de Vento", "Menino Deus", "Partenon", "Sarandi"], 5),
    ("Brasília", "DF", "61", ["70", "71", "72"], ["Asa Sul", "Asa Norte", "Taguatinga", "Ceilândia", "Guará"], 5),
    ("Belém", "PA", "91", ["66"], ["Marco", "Umarizal", "Pedreira", "Guamá"], 3),
    ("Goiânia", "GO", "62", ["74"], ["Setor Bueno", "Setor Oeste", "Campinas"], 3),
    ("Campinas", "SP", "19", ["13"], ["Cambuí", "Taquaral", "Barão Geraldo"], 3),
    ("Guarulhos", "SP", "11", ["07"], ["Centro", "Vila Galvão", "Pimentas", "Cumbica"], 3),
]  # fmt: skip
#: The CPF's ninth digit: the fiscal region where it was issued.
CPF_REGION = {"DF": "1", "GO": "1", "PA": "2", "CE": "3", "PE": "4", "BA": "5", "MG": "6", "RJ": "7",
              "SP": "8", "PR": "9", "RS": "0"}  # fmt: skip
BR_STREETS = [
    ("Rua", "Augusta"), ("Avenida", "Paulista"), ("Rua", "das Flores"), ("Rua", "São João"), ("Avenida", "Brasil"),
    ("Rua", "Sete de Setembro"), ("Rua", "XV de Novembro"), ("Rua", "Dom Pedro II"), ("Avenida", "Getúlio Vargas"),
    ("Rua", "Barão de Mauá"), ("Travessa", "Santa Luzia"), ("Rua", "Tiradentes"), ("Rua", "Rui Barbosa"),
    ("Avenida", "Presidente Vargas"), ("Rua", "Marechal Deodoro"), ("Rua", "Santos Dumont"),
    ("Alameda", "Santos"), ("Praça", "da Sé"), ("Rua", "José Bonifácio"), ("Estrada", "do Campo Limpo"),
]  # fmt: skip
BR_STREET_ABBR = {"Rua": ["R", "R.", "RUA"], "Avenida": ["AV", "AV.", "AVENIDA"], "Travessa": ["TV", "TRAV"],
                  "Alameda": ["AL", "AL."], "Praça": ["PCA", "PC"], "Estrada": ["ESTR", "EST"]}  # fmt: skip
#: Portuguese towns: (town, landline prefix, postcode range, weight).
PT_TOWNS = [
    ("Lisboa", "21", (1000, 1990), 26), ("Porto", "22", (4000, 4369), 14), ("Amadora", "21", (2700, 2724), 6),
    ("Sintra", "21", (2710, 2749), 6), ("Braga", "253", (4700, 4719), 5), ("Coimbra", "239", (3000, 3049), 5),
    ("Setúbal", "265", (2900, 2914), 4), ("Faro", "289", (8000, 8009), 3), ("Aveiro", "234", (3800, 3814), 3),
    ("Vila Nova de Gaia", "22", (4400, 4434), 5), ("Odivelas", "21", (2675, 2679), 4),
]  # fmt: skip
PT_STREETS = [
    ("Rua", "de Santa Catarina"), ("Avenida", "da República"), ("Rua", "Augusta"), ("Rua", "do Ouro"),
    ("Avenida", "da Liberdade"), ("Rua", "de Cedofeita"), ("Rua", "Direita"), ("Largo", "do Rato"),
    ("Travessa", "do Carmo"), ("Rua", "25 de Abril"), ("Rua", "Dom João IV"), ("Avenida", "Almirante Reis"),
    ("Rua", "da Prata"), ("Praceta", "Bento de Jesus Caraça"), ("Rua", "Dr. António José de Almeida"),
]  # fmt: skip
PT_DOORS = [
    "R/C",
    "R/C Esq.",
    "1.º Esq.",
    "1.º Dto.",
    "2.º Esq.",
    "2.º Dto.",
    "3.º Frente",
    "4.º B",
    "5.º Esq.",
    "",
]
BR_MAIL = {"gmail.com": 50, "hotmail.com": 18, "yahoo.com.br": 8, "outlook.com": 8, "bol.com.br": 6,
           "uol.com.br": 5, "terra.com.br": 3, "icloud.com": 2}  # fmt: skip
PT_MAIL = {
    "gmail.com": 50,
    "hotmail.com": 15,
    "sapo.pt": 15,
    "outlook.pt": 8,
    "netcabo.pt": 4,
    "live.com.pt": 8,
}
#: Brazilian carriers' long-distance codes (``0 21 11 ...``: Claro's 21, Vivo's 15, TIM's 41, Oi's 31).
CARRIERS = ["21", "15", "41", "31", "12"]
GROUPS = {
    "BR": 70,
    "PT": 22,
    "IM": 8,
}  # Brazilians at home, Portuguese, Brazilians who moved to Portugal
PARTICLES = {"da", "de", "do", "das", "dos", "e"}
EMOJI = ["🌸", "💕", "🙏", "⚽", "✨", "😊", "🇧🇷", "🇵🇹"]


def fold(s: str) -> str:
    """Accents dropped, as a mainframe's capitals keep names."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def mangle(s: str) -> str:
    """UTF-8 read back as Windows-1252 (``JOÃƒO``), as an export through the wrong code page does."""
    out = []
    for ch in s:
        raw = ch.encode("utf-8")
        try:
            out.append(raw.decode("cp1252"))
        except UnicodeDecodeError:
            out.append(raw.decode("latin-1"))
    return "".join(out)


class Lusophone(Draws):
    SLIP_LETTERS = "aeiournsl"

    # ------------------------------------------------------------ population
    def population(self) -> None:
        self.pid = 0
        while len(self.persons) < self.n:
            self.household(wpick(self.rnd, GROUPS))

    def with_particle(self, sn: dict, p: float) -> dict:
        """A surname as the family writes it: ``dos Santos`` or ``Santos``."""
        particle = PARTICLE.get(sn["key"]) if self.rnd.random() < p else None
        return {**sn, "particle": particle}

    def br_mobile(self, ddd: str) -> str:
        """A Brazilian mobile's eleven digits: the DDD, a 9 and eight digits."""
        r = self.rnd
        return self.unique(lambda: ddd + "9" + r.choice("6789") + self.digits(7))

    def pt_mobile(self) -> str:
        r = self.rnd
        return self.unique(
            lambda: wpick(r, {"91": 35, "92": 15, "93": 25, "96": 25}) + self.digits(7)
        )

    def br_home(self) -> dict:
        r = self.rnd
        city, uf, ddd, ceps, hoods, _ = r.choices(BR_CITIES, [c[-1] for c in BR_CITIES])[0]
        kind, street = r.choice(BR_STREETS)
        flat = r.random() < 0.45
        return dict(country="BR", city=city, uf=uf, ddd=ddd, hood=r.choice(hoods), kind=kind, street=street,
                    number=str(r.randint(1, 3500)) if r.random() < 0.95 else "S/N",
                    flat=f"{r.randint(1, 25)}{r.randint(1, 8)}" if flat else None,
                    block=r.choice("ABCD") if flat and r.random() < 0.35 else None,
                    house=f"CASA {r.randint(1, 4)}" if not flat and r.random() < 0.15 else None,
                    cep=r.choice(ceps) + self.digits(3) + "-" + self.digits(3))  # fmt: skip

    def pt_home(self) -> dict:
        r = self.rnd
        town, land, (lo, hi), _ = r.choices(PT_TOWNS, [t[-1] for t in PT_TOWNS])[0]
        kind, street = r.choice(PT_STREETS)
        return dict(country="PT", city=town, land=land, kind=kind, street=street, number=str(r.randint(1, 400)),
                    door=r.choice(PT_DOORS), cp=f"{r.randint(lo, hi)}-{r.randint(0, 999):03d}")  # fmt: skip

    def landline(self, home: dict) -> str:
        r = self.rnd
        if home["country"] == "BR":
            return self.unique(lambda: home["ddd"] + r.choice("2345") + self.digits(7))
        return self.unique(lambda: home["land"] + self.digits(9 - len(home["land"])))

    def household(self, group: str) -> None:
        r = self.rnd
        pt = group == "PT"
        gtab_m, gtab_f, sntab = (PT_M, PT_F, PT_SN) if pt else (BR_M, BR_F, BR_SN)
        home = self.pt_home() if group != "BR" else self.br_home()
        # An immigrant family's Brazilian home before the move.
        old_home = self.br_home() if group == "IM" else None
        landline = self.landline(home) if r.random() < (0.45 if pt else 0.35) else None
        old_landline = self.landline(old_home) if old_home and r.random() < 0.35 else None
        kind = wpick(r, {"single": 30, "couple": 22, "family": 48})
        head_sex = "M" if kind != "single" else wpick(r, {"M": 50, "F": 50})
        # The father's family name is the last: children carry the mother's last, then it.
        father_sn = self.with_particle(self.name(sntab), 0.35)
        head = self.person(group, head_sex, self.dob(25, 80), home, old_home, landline, old_landline,
                           given=self.name(gtab_m if head_sex == "M" else gtab_f),
                           surnames=[self.with_particle(self.name(sntab), 0.5), father_sn])  # fmt: skip
        members = [head]
        wife = None
        if kind != "single":
            mother_sn = self.with_particle(self.name(sntab), 0.5)
            wife = self.person(group, "F", self.dob(22, 75), home, old_home, landline, old_landline,
                               given=self.name(gtab_f),
                               surnames=[self.with_particle(self.name(sntab), 0.4), mother_sn])  # fmt: skip
            wife["husband"], head["wife"] = head, wife
            # A married woman added her husband's surname, or put it in place of her father's.
            wife["married_how"] = wpick(r, {"added": 55, "replaced": 20, "kept": 25} if not pt else
                                        {"added": 45, "replaced": 5, "kept": 50})  # fmt: skip
            members.append(wife)
        if kind == "family":
            mother_last = (
                wife["surnames"][-1] if wife else self.with_particle(self.name(sntab), 0.5)
            )
            for _ in range(r.choice([1, 1, 2, 2, 3, 4])):
                sex = r.choice("MF")
                kid = self.person(group, sex, self.dob(12, 40), home, old_home, landline, old_landline,
                                  given=self.name(gtab_m if sex == "M" else gtab_f),
                                  surnames=[mother_last, father_sn] if r.random() < 0.8 else [father_sn])  # fmt: skip
                if sex == "M" and head_sex == "M" and r.random() < 0.12:  # named after his father
                    kid["given"], kid["surnames"] = head["given"], head["surnames"]
                    kid["suffix"] = wpick(r, {"Filho": 60, "Júnior": 35, "Sobrinho": 5})
                kid["mother_p"] = wife
                kid["father_p"] = head
                members.append(kid)
        family_email = None
        if len(members) > 1 and r.random() < 0.25:
            stem = fold(father_sn["own"]).lower()
            family_email = self.unique(lambda: f"{wpick(r, {'familia': 50, 'fam': 20, 'casa': 15, '': 15})}{stem}"
                                               f"{r.randint(1, 99)}@{wpick(r, PT_MAIL if pt else BR_MAIL)}")  # fmt: skip
        for m in members:
            m["household"], m["head"], m["family_email"] = members, head, family_email
        self.persons.extend(members)

    def person(
        self, group, sex, dob, home, old_home, landline, old_landline, given, surnames
    ) -> dict:
        r = self.rnd
        self.pid += 1
        pt = group == "PT"
        age = (TODAY - dob).days / 365.25
        p = dict(pid=self.pid, group=group, sex=sex, dob=dob, given=given, surnames=surnames, suffix=None,
                 home=home, old_home=old_home, landline=landline, old_landline=old_landline,
                 husband=None, wife=None, married_how="kept", mother_p=None, father_p=None)  # fmt: skip
        # The mother's name as her child's papers carry it: a grandmother outside the household.
        gtab_f, sntab = (PT_F, PT_SN) if pt else (BR_F, BR_SN)
        p["mother_name"] = " ".join([self.name(gtab_f)["own"]] + [self.sn_text(self.with_particle(self.name(sntab), 0.6))
                                                              for _ in range(r.choice([1, 2, 2]))])  # fmt: skip
        ddd = (old_home or home).get("ddd", "11")
        p["cpf"] = None
        if not pt:
            uf = (old_home or home)["uf"]
            body = self.unique(lambda: self.digits(8) + CPF_REGION.get(uf, "8"))
            p["cpf"] = body + cpf_digits(body)
            rg_uf = uf if r.random() < 0.9 else r.choice(["SP", "RJ", "MG", "BA"])
            if rg_uf == "SP":
                b = self.unique(lambda: r.choice("1234") + self.digits(7))
                p["rg"] = (b, rg_sp_digit(b), "SP")
            else:
                p["rg"] = (
                    self.unique(lambda: self.digits(r.choice([7, 8]))),
                    str(r.randrange(10)),
                    rg_uf,
                )
        else:
            p["rg"] = None
        p["nif"] = p["cc"] = None
        if group != "BR":
            body = (
                self.unique(lambda: r.choice("12") + self.digits(7))
                if pt
                else self.unique(lambda: "2" + self.digits(7))
            )
            p["nif"] = body + portugal_mod11_digit(body)
            civil = (
                self.unique(lambda: r.choice("0123") + self.digits(7))
                if pt or r.random() < 0.2
                else None
            )
            if civil:
                check = portugal_mod11_digit(civil)
                version = r.choice(["ZZ", "ZZ", "ZY", "ZX"])
                p["cc"] = (civil, check, version, cartao_cidadao_digit(civil + check + version))
            p["residence"] = (
                None if civil else self.unique(lambda: self.digits(9))
            )  # a residence permit's number
        # Phones: Brazilians' mobiles; who registered before 2016 has the old 8-digit form somewhere.
        p["br_mobiles"] = [self.br_mobile(ddd)] if not pt else []
        if not pt and r.random() < 0.25:
            p["br_mobiles"].append(self.br_mobile(ddd))
        p["old_form"] = not pt and age > 25 and r.random() < 0.35
        p["pt_mobile"] = self.pt_mobile() if group != "BR" else None
        first = fold(given["own"].split(" ")[0]).lower()
        last = fold(surnames[-1]["own"]).lower()
        p["email"] = None
        if r.random() < (0.75 if age < 60 else 0.35):
            local = wpick(r, {f"{first}.{last}": 4, f"{first}{last}{r.randint(1, 99)}": 3, f"{first}_{last}": 2,
                              f"{first}{dob.year % 100:02d}": 2, f"{last}{first[0]}": 1})  # fmt: skip
            p["email"] = self.unique(lambda: local + wpick(r, {"": 4, str(r.randint(1, 999)): 3}) + "@" +
                                     wpick(r, PT_MAIL if pt else BR_MAIL))  # fmt: skip
        p["pix_uuid"] = (
            "-".join(self.digits(n) for n in (8, 4, 4, 4, 12)) if r.random() < 0.3 else None
        )
        p["move"] = (
            (self.br_home() if home["country"] == "BR" else self.pt_home())
            if r.random() < 0.12
            else None
        )
        return p

    # ------------------------------------------------------------ written forms
    def spell(self, name: dict, own: float = 0.85) -> str:
        return name["own"] if self.rnd.random() < own else wpick(self.rnd, name["all"])

    def sn_text(self, sn: dict, own: float = 0.9, particle: float = 0.9) -> str:
        word = self.spell(sn, own)
        return (
            f"{sn['particle']} {word}"
            if sn.get("particle") and self.rnd.random() < particle
            else word
        )

    def surname_words(self, p: dict, married: float = 0.85, drop_middle: float = 0.0) -> list[str]:
        """The surnames as a form holds them: a wife's with her husband's added or in place of her
        father's; the middle ones left out now and then."""
        r = self.rnd
        sns = list(p["surnames"])
        h = p["husband"]
        if h and r.random() < married:
            hs = h["surnames"][-1]
            if p["married_how"] == "added":
                sns = [*sns, hs]
            elif p["married_how"] == "replaced":
                sns = [*sns[:-1], hs]
        if len(sns) > 1 and r.random() < drop_middle:
            sns = [sns[-1]]
        return [self.sn_text(s) for s in sns]

    def full(
        self, p: dict, married: float = 0.85, drop_middle: float = 0.0, own: float = 0.85
    ) -> str:
        words = [self.spell(p["given"], own), *self.surname_words(p, married, drop_middle)]
        if p["suffix"]:
            words.append(
                p["suffix"]
                if self.rnd.random() < 0.8
                else {"Júnior": "Jr", "Filho": "Fo"}.get(p["suffix"], p["suffix"])
            )
        return " ".join(words)

    def mainframe(self, name: str, width: int, accents: bool = False) -> str:
        """A name in capitals without accents (with them where ``accents``), its middle surnames cut
        to initials (particles left out) until it fits ``width``, or simply cut."""
        r = self.rnd
        words = (name if accents else fold(name)).upper().split(" ")
        if len(" ".join(words)) > width:
            if r.random() < 0.7:
                i = len(words) - 2
                while len(" ".join(words)) > width and i > 0:
                    w = words[i]
                    if w.lower() in PARTICLES:
                        del words[i]
                    elif len(w) > 2 and w not in ("FILHO", "JUNIOR", "NETO"):
                        words[i] = w[0] + ("." if r.random() < 0.3 else "")
                    i -= 1
            text = " ".join(words)
            return text[:width].rstrip()
        return " ".join(words)

    def encoded(self, s: str | None, p: float) -> str | None:
        return mangle(s) if s and self.rnd.random() < p else s

    def where(self, p: dict, stale: float = 0.3) -> dict:
        return p["move"] if p["move"] and self.rnd.random() >= stale else p["home"]

    def br_where(self, p: dict) -> dict:
        """A Brazilian address: an immigrant's from before the move."""
        return p["old_home"] if p["old_home"] else self.where(p)

    def cpf(self, p: dict, style: str | None = None) -> str | None:
        c = p["cpf"]
        if not c:
            return None
        r = self.rnd
        if r.random() < 0.015:  # a slip
            i = r.randrange(11)
            c = c[:i] + str(r.randrange(10)) + c[i + 1 :]
        style = style or wpick(r, {"dots": 55, "bare": 30, "number": 5, "dash": 10})
        if style == "number":
            return c.lstrip("0") or "0"
        if style == "dash":
            return f"{c[:9]}-{c[9:]}"
        if style == "bare":
            return c
        return f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}"

    def rg(self, p: dict) -> str | None:
        if not p["rg"]:
            return None
        r = self.rnd
        num, dv, uf = p["rg"]
        dotted = f"{num[:-6]}.{num[-6:-3]}.{num[-3:]}" if len(num) >= 7 else num
        if uf == "MG":
            return wpick(r, {f"MG-{dotted}": 50, f"M-{num}": 20, f"{num} SSP/MG": 30})
        return wpick(
            r,
            {
                f"{dotted}-{dv} SSP/{uf}": 45,
                f"{num}{dv}": 25,
                f"{dotted}-{dv}": 20,
                f"{num}-{dv} {uf}": 10,
            },
        )

    def br_phone(self, num: str, style: str | None = None, old: bool = False) -> str:
        """A Brazilian number as typed: ``(11) 98765-4321``, ``11987654321``, ``+55 11 98765-4321``,
        with a carrier's code, without the DDD; a mobile without its ninth digit where ``old``."""
        r = self.rnd
        ddd, local = num[:2], num[2:]
        if old and len(local) == 9:
            local = local[1:]
        a, b = local[:-4], local[-4:]
        style = style or wpick(r, {"paren": 35, "bare": 18, "plus": 14, "plainplus": 6, "carrier": 5,
                                   "zero": 6, "local": 6, "spaced": 10})  # fmt: skip
        return {"paren": f"({ddd}) {a}-{b}", "bare": ddd + local, "plus": f"+55 {ddd} {a}-{b}",
                "plainplus": f"+55{ddd}{local}", "carrier": f"0 {r.choice(CARRIERS)} {ddd} {a}-{b}",
                "zero": wpick(r, {f"0{ddd} {a}-{b}": 60, f"0xx{ddd} {a}-{b}": 40}), "local": f"{a}-{b}",
                "spaced": f"{ddd} {a} {b}", "cc": f"55{ddd}{local}"}[style]  # fmt: skip

    def pt_phone(self, num: str, style: str | None = None) -> str:
        r = self.rnd
        style = style or wpick(r, {"spaced": 40, "bare": 30, "plus": 20, "00": 5, "plusbare": 5})
        sp = (
            f"{num[:3]} {num[3:6]} {num[6:]}"
            if num[0] == "9"
            else f"{num[:2]} {num[2:5]} {num[5:]}"
        )
        return {
            "spaced": sp,
            "bare": num,
            "plus": f"+351 {sp}",
            "00": f"00351{num}",
            "plusbare": f"+351{num}",
        }[style]

    def mobile(self, p: dict, br_style: str | None = None) -> str | None:
        """One of the person's mobiles as a system has it: an immigrant's Portuguese one, or the
        Brazilian one kept."""
        r = self.rnd
        if p["pt_mobile"] and (not p["br_mobiles"] or r.random() < 0.75):
            return self.pt_phone(p["pt_mobile"])
        if not p["br_mobiles"]:
            return None
        return self.br_phone(
            r.choice(p["br_mobiles"]), br_style, old=p["old_form"] and r.random() < 0.4
        )

    def dob_text(self, p: dict, fmt: str) -> str:
        r = self.rnd
        d = p["dob"]
        if r.random() < 0.015 and d.day <= 12 and d.day != d.month:
            d = dt.date(d.year, d.day, d.month)
        if fmt == "br":
            return d.strftime(
                wpick(r, {"%d/%m/%Y": 75, "%Y%m%d": 15, "%d/%m/%y": 5, "%Y-%m-%d 00:00:00": 5})
            )
        if fmt == "pt":
            return d.strftime(wpick(r, {"%d-%m-%Y": 50, "%d/%m/%Y": 40, "%Y-%m-%d": 10}))
        return d.isoformat()

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    # ------------------------------------------------------------ systems
    def banco_br(self, p: dict) -> None:
        r = self.rnd
        a = self.br_where(p)
        # A newer branch system keeps accents, and an export through the wrong code page mangles them.
        accents = r.random() < 0.15
        name = self.mainframe(self.full(p, 0.8), 40 if r.random() < 0.7 else 30, accents)
        name = self.encoded(name, 0.5) if accents else name
        mother = p["mother_p"]
        mother_name = self.full(mother, 0.4) if mother else p["mother_name"]
        flat = a["flat"]
        comp = None
        if flat:
            comp = wpick(
                r,
                {
                    f"APTO {flat}": 40,
                    f"AP {flat}": 25,
                    f"APT {flat}": 15,
                    f"APARTAMENTO {flat}": 5,
                    flat: 15,
                },
            )
            if a["block"]:
                comp += wpick(r, {f" BL {a['block']}": 60, f" BLOCO {a['block']}": 40})
        elif a["house"]:
            comp = a["house"]
        cep = a["cep"] if r.random() < 0.8 else a["cep"].replace("-", "").lstrip("0")
        kind = wpick(r, {r.choice(BR_STREET_ABBR[a["kind"]]): 70, a["kind"].upper(): 30})
        landline = p["old_landline"] or p["landline"]
        mobile = r.choice(p["br_mobiles"]) if p["br_mobiles"] else None
        self.add("BANCO_BR", p, {
            "AGENCIA": f"{r.randint(1, 4999):04d}", "CONTA": f"{self.unique(lambda: self.digits(5))}-{r.randrange(10)}",
            "NOME_CLIENTE": self.typo(name, 0.03),
            "CPF": self.cpf(p) if r.random() < 0.97 else None,
            "DT_NASC": self.dob_text(p, "br") if r.random() < 0.97 else None,
            "SEXO": p["sex"] if r.random() < 0.9 else None,
            "NOME_MAE": self.typo(self.mainframe(mother_name, 40), 0.03) if r.random() < 0.9 else None,
            "RG": self.rg(p) if r.random() < 0.7 else None,
            "LOGRADOURO": f"{kind} {fold(a['street']).upper()}" if r.random() < 0.95 else None,
            "NUMERO": a["number"], "COMPLEMENTO": comp,
            "BAIRRO": fold(a["hood"]).upper() if r.random() < 0.85 else None,
            "CEP": cep if r.random() < 0.9 else None,
            "MUNICIPIO": fold(a["city"]).upper(), "UF": a["uf"],
            "TEL_RESIDENCIAL": self.br_phone(landline, wpick(r, {"paren": 70, "bare": 20, "local": 10}))
            if landline and r.random() < 0.8 else None,
            "TEL_CELULAR": self.br_phone(mobile, wpick(r, {"paren": 60, "bare": 30, "spaced": 10}),
                                         old=p["old_form"] and r.random() < 0.5) if mobile and r.random() < 0.85 else None,
            "EMAIL": ((p["family_email"] if p["family_email"] and r.random() < 0.4 else p["email"]) or "").upper()
            if r.random() < 0.6 else None,
        })  # fmt: skip

    def pre_pago(self, p: dict, line: str, holder: dict) -> None:
        """A prepaid line's registration: the line may be used by ``p`` and held by ``holder``."""
        r = self.rnd
        a = self.br_where(holder)
        name = self.full(holder, 0.7, drop_middle=0.2)
        name = self.encoded(fold(name).upper() if r.random() < 0.6 else name, 0.04)
        activated = holder["dob"] + dt.timedelta(days=r.randint(16 * 365, 40 * 365))
        activated = max(
            min(activated, TODAY - dt.timedelta(days=r.randint(30, 3000))), dt.date(1998, 1, 1)
        )
        old = holder["old_form"] and activated.year < 2016 and r.random() < 0.7
        self.add("PRE_PAGO", holder, {
            "nome": self.typo(name, 0.04),
            "cpf": self.cpf(holder, wpick(r, {"dots": 40, "bare": 60})) if r.random() < 0.92 else None,
            "telefone": self.br_phone(line, None, old=old),
            "data_nascimento": self.dob_text(holder, "br") if r.random() < 0.75 else None,
            "data_ativacao": activated.strftime("%d/%m/%Y"),
            "cep": a["cep"] if r.random() < 0.7 else None,
            "cidade": a["city"] if r.random() < 0.8 else None, "uf": a["uf"],
        })  # fmt: skip

    def banco_pt(self, p: dict) -> None:
        r = self.rnd
        a = p["home"] if p["home"]["country"] == "PT" else self.where(p)
        a = (
            self.where(p)
            if a["country"] == "PT" and p["move"] and p["move"]["country"] == "PT"
            else a
        )
        given = self.spell(p["given"])
        sns = self.surname_words(p, 0.6 if p["group"] == "PT" else 0.85)
        if p["suffix"]:
            sns.append(p["suffix"])
        how = wpick(r, {"split": 75, "late": 15, "first": 10})
        if how == "late" and len(sns) > 1:  # the first surnames typed with the given names
            given, sns = f"{given} {' '.join(sns[:-1])}", sns[-1:]
        elif how == "first":  # the given name alone, the rest as surnames
            words = given.split(" ")
            given, sns = words[0], words[1:] + sns
        if r.random() < 0.15:  # the particles left out
            sns = [w for w in " ".join(sns).split(" ") if w.lower() not in PARTICLES]
        surnames = " ".join(sns)
        if r.random() < 0.25:
            given, surnames = given.upper(), surnames.upper()
        cc = None
        if p["cc"] and r.random() < 0.8:
            civil, check, version, last = p["cc"]
            cc = wpick(r, {f"{civil} {check} {version}{last}": 45, f"{civil}{check}{version}{last}": 15,
                           civil: 20, f"{civil} {check}": 10, f"{civil}-{check}-{version}{last}": 10})  # fmt: skip
        elif p.get("residence") and r.random() < 0.5:
            cc = f"AR {p['residence']}"
        door = f", {a['door']}" if a["door"] else ""
        street = f"{a['kind']} {a['street']}"
        if r.random() < 0.3:
            street = (
                street.replace("Rua ", "R. ")
                .replace("Avenida ", "Av. ")
                .replace("Travessa ", "Tv. ")
            )
        morada = wpick(r, {f"{street}, {a['number']}{door}": 60, f"{street} {a['number']}{door.replace(',', '')}": 25,
                           f"{street}, n.º {a['number']}{door}": 15})  # fmt: skip
        both = r.random() < 0.4
        mobile = (
            p["pt_mobile"]
            if p["pt_mobile"] and r.random() < 0.9
            else (p["br_mobiles"] or [None])[0]
        )
        if mobile and p["pt_mobile"] and mobile != p["pt_mobile"]:
            phone = self.br_phone(mobile, wpick(r, {"plus": 60, "plainplus": 40}))
        else:
            phone = self.pt_phone(mobile) if mobile else None
        self.add("BANCO_PT", p, {
            "N.º Cliente": self.unique(lambda: self.digits(8)),
            "Nome": self.typo(given, 0.03), "Apelidos": self.typo(surnames, 0.03),
            "NIF": (p["nif"] if r.random() < 0.85 else f"{p['nif'][:3]} {p['nif'][3:6]} {p['nif'][6:]}")
            if r.random() < 0.95 else None,
            "Cartão de Cidadão": cc,
            "Data de nascimento": self.dob_text(p, "pt") if r.random() < 0.95 else None,
            "Nacionalidade": ("Portuguesa" if p["group"] == "PT" else wpick(r, {"Brasileira": 85, "BRASIL": 15}))
            if r.random() < 0.8 else None,
            "Morada": morada if r.random() < 0.95 else None,
            "Código postal": f"{a['cp']} {a['city']}" if both else a["cp"],
            "Localidade": (a["city"] if not both or r.random() < 0.5 else None),
            "Telemóvel": phone if r.random() < 0.9 else None,
            "Telefone": self.pt_phone(p["landline"], wpick(r, {"spaced": 50, "bare": 50}))
            if p["landline"] and p["home"]["country"] == "PT" and r.random() < 0.7 else None,
            "Email": (p["family_email"] if p["family_email"] and r.random() < 0.3 else p["email"]) if r.random() < 0.8 else None,
        })  # fmt: skip

    def marketplace(self, p: dict, email: str | None) -> None:
        r = self.rnd
        a = self.where(p)
        name = self.full(p, 0.7, drop_middle=0.35, own=0.8)
        if r.random() < 0.15:
            name = name.lower()
        elif r.random() < 0.05:
            name = fold(name)
        mobile = self.mobile(p, wpick(r, {"paren": 50, "bare": 35, "plus": 15}))
        kinds = {"CPF": 35 if p["cpf"] else 0, "CELULAR": 25 if mobile else 0, "EMAIL": 20 if email else 0,
                 "ALEATORIA": 20 if p["pix_uuid"] else 0}  # fmt: skip
        pix_kind = (
            wpick(r, kinds)
            if any(kinds.values()) and p["home"]["country"] == "BR" and r.random() < 0.6
            else None
        )
        pix = None
        if pix_kind == "CPF":
            pix = self.cpf(p, "bare")
        elif pix_kind == "CELULAR":
            pix = self.br_phone(p["br_mobiles"][0], "plainplus") if p["br_mobiles"] else None
        elif pix_kind == "EMAIL":
            pix = email
        elif pix_kind == "ALEATORIA":
            pix = p["pix_uuid"]
        if a["country"] == "BR":
            comp = f", apto {a['flat']}" if a["flat"] else ""
            addr = f"{a['kind']} {a['street']}, {a['number']}{comp} - {a['hood']}, {a['city']} - {a['uf']}"
            cep = a["cep"] if r.random() < 0.6 else a["cep"].replace("-", "")
        else:
            addr = f"{a['kind']} {a['street']}, {a['number']} {a['door']}, {a['city']}".replace(
                " ,", ","
            )
            cep = a["cp"]
        self.add("MARKETPLACE", p, {
            "email": email, "nome_completo": self.typo(name, 0.04),
            "cpf": self.cpf(p, wpick(r, {"bare": 60, "dots": 40})) if p["cpf"] and r.random() < 0.7 else None,
            "celular": mobile if r.random() < 0.85 else None,
            "data_nascimento": self.dob_text(p, "iso") if r.random() < 0.6 else None,
            "tipo_chave_pix": pix_kind if pix else None, "chave_pix": pix,
            "cep": cep if r.random() < 0.9 else None,
            "endereco_entrega": self.typo(addr, 0.05) if r.random() < 0.85 else None,
        })  # fmt: skip

    def whatsapp(self, p: dict) -> None:
        r = self.rnd
        given = self.spell(p["given"])
        first = given.split(" ")[0]
        nicks = NICKNAMES.get(first, [])
        goes_by = GOES_BY.get(p["given"]["key"])
        last = self.sn_text(p["surnames"][-1], particle=0.2)
        nick = r.choice(nicks) if nicks and r.random() < 0.6 else goes_by
        profile = wpick(r, {given: 20, first: 20, f"{first} {last}": 30, f"{given} {last}": 10,
                            (nick or first): 15, f"{nick or first} {r.choice(EMOJI)}": 5})  # fmt: skip
        if r.random() < 0.2:
            profile = profile.lower()
        phone = self.mobile(p, wpick(r, {"plus": 80, "cc": 20}))
        if p["pt_mobile"] and phone and not phone.startswith("+55"):
            phone = self.pt_phone(p["pt_mobile"], "plus")
        doc = None
        if r.random() < 0.3:
            if p["cpf"] and (p["group"] == "BR" or r.random() < 0.5):
                doc = self.cpf(p)
            elif p["nif"]:
                doc = wpick(r, {p["nif"]: 70, f"NIF {p['nif']}": 30})
        self.add("WHATSAPP", p, {
            "protocolo": self.unique(lambda: f"{r.randint(2021, 2025)}{self.digits(8)}"),
            "nome_contato": self.typo(profile, 0.03),
            "apelido": nick if nick and r.random() < 0.5 else None,
            "whatsapp": phone,
            "cpf_nif": doc,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            brazilian = p["group"] != "PT"
            n0 = len(self.rows)
            if brazilian and age >= 18 and r.random() < (0.7 if p["group"] == "BR" else 0.5):
                self.banco_br(p)
                if r.random() < 0.25:  # typed again at another branch
                    self.banco_br(p)
            if brazilian and p["br_mobiles"] and r.random() < 0.55:
                holder = p
                parents = [q for q in (p["father_p"], p["mother_p"]) if q]
                if age < 25 and parents and r.random() < 0.4:  # a child's line in a parent's name
                    holder = r.choice(parents)
                self.pre_pago(p, p["br_mobiles"][0], holder)
                if len(p["br_mobiles"]) > 1 and r.random() < 0.5:
                    self.pre_pago(p, p["br_mobiles"][1], p)
            if p["group"] != "BR" and age >= 18 and r.random() < 0.9:
                self.banco_pt(p)
                if r.random() < 0.25:
                    self.banco_pt(p)
            if age >= 16 and r.random() < (0.55 if brazilian else 0.3):
                emails = [e for e in (p["email"], p["family_email"]) if e]
                email = r.choice(emails) if emails and r.random() < 0.95 else None
                self.marketplace(p, email)
                if r.random() < 0.15:  # a second account
                    self.marketplace(p, p["email"] if email != p["email"] else None)
            if r.random() < 0.4:
                self.whatsapp(p)
            if len(self.rows) == n0:
                if p["group"] == "PT" or age < 16:
                    self.whatsapp(p)
                else:
                    self.marketplace(p, p["email"])
        return self.shuffled("row_id", "LU")


def lusophone(persons: int = 4000, seed: int = 13) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Lusophone.frame(persons, seed, "row_id")
