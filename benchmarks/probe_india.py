"""An Indian mobile operator and its payments bank: four systems stacked in one file (a ``src_system``
column; columns of the same name in two systems are one column, ``dob`` and ``DOB`` are two).

* SIM KYC (``SIM_KYC``): one row per connection (customer application form, ``caf_no``), prepaid
  or postpaid, by Aadhaar e-KYC since 2017 or on a paper form before. ``subscriber_name``,
  ``father_husband_name`` (``S/O Srinivasan``, ``W/O Rajesh Kumar Yadav``, or just the name),
  ``dob`` (``dd-mm-yyyy``; ``dd/mm/yy`` on paper; ``01-01-YYYY`` where Aadhaar knows only the year)
  or ``age`` on old paper forms, ``gender``, ``mobile_no`` (the connection, often as an MSISDN
  ``919876543210``), ``alt_mobile_no`` (a relative's mobile, the home landline ``080-2345 6789``,
  sometimes the retailer's own), ``poi_type`` / ``poi_number`` (Aadhaar masked ``XXXX XXXX
  1234`` or, on old forms, in full; PAN ``ABCPR1234K``; voter id EPIC ``ABC1234567``; driving
  licence ``KA05 20110012345``), ``address_line1..3`` (Aadhaar's care-of ``S/O: ...`` often
  first), ``city``, ``district``, ``state``, ``pincode``, ``email`` (postpaid), and the
  connection's ``activation_date``, ``status``, ``pos_code``, ``circle``.
* Payments bank (``PB_CASA``): ``CUST_NAME`` in capitals as on the PAN or Aadhaar, ``PAN`` (or
  ``FORM 60``), ``DOB`` (``05-MAR-1987``), ``GENDER``, ``REG_MOBILE``, ``ACCT_NO`` (the mobile at
  opening: the bank numbers accounts by mobile), ``EMAIL_ID`` (often a son's or husband's),
  ``CKYC_NO`` (14 digits, the same on a person's second account), ``MASKED_AADHAAR``,
  ``COMM_ADDR1`` / ``COMM_ADDR2`` / ``COMM_CITY`` / ``COMM_STATE`` / ``COMM_PIN``,
  ``NOMINEE_NAME`` / ``NOMINEE_RELATION`` / ``NOMINEE_MOBILE`` (a relative), the banking
  correspondent who opened it (``BC_AGENT_ID``), balance, dates, status.
* Recharge / UPI app (``UPI_APP``): the ``name`` a user typed (``ramesh s``, ``Rahul``,
  ``Gurpreet Singh``), ``upi_id`` (``9876543210@paytm``, ``ramesh.ks85@okhdfcbank``),
  ``phone`` (``+919876543210``), ``email``, an optional ``date_of_birth``, last recharge.
* Customer care (``CARE``): ``caller_name`` as the agent wrote it (``Mr Ramesh``, ``Sunita
  Devi``, ``Md Irfan``), ``calling_number`` (the caller's phone, a landline, a relative's),
  ``registered_number`` (the connection the ticket is about, sometimes a parent's or a
  spouse's: the caller is the person), ``issue``, ``circle``, ``language``, agent, dates.

What makes it hard: South Indian names with initials for the father's name and the native place
(``K. S. Ramesh``, ``Ramesh K S``, ``Kanchipuram Srinivasan Ramesh``, ``Ramesh Srinivasan``),
a woman's initial changing from her father's to her husband's after marriage; Telugu family names
first (``Kotha Srinivasa Rao``, ``K. Srinivasa Rao``, ``Srinivasa Rao Kotha``); North Indian given
+ filler + family names (``Rahul Kumar Sharma``, ``Rahul Sharma``, ``Rahul Kr. Sharma``,
``Rahul Kumar``; ``Sunita Devi``, ``Kamla Bai``), Marathi and Gujarati father's or husband's
given name in the middle and the surname first on forms (``Patil Sachin Ramesh``,
``Patel Rakeshbhai Mohanbhai``); ``Mohammed`` / ``Mohd`` / ``Md.`` / ``Muhammad``; Sikh ``Singh`` /
``Kaur`` shared by millions; transliteration (``Lakshmi``/``Laxmi``, ``Srinivas``/``Shrinivas``/
``Sreenivas``, ``Chaudhary``/``Choudhary``/``Chowdhury``, ``Chatterjee``/``Chattopadhyay``);
women's family names after marriage; joint families sharing one address, a landline, and the
son's mobile and e-mail for his parents and wife; SIMs bought in a husband's or father's name for
the wife or child; migrants whose Aadhaar keeps the village address; people who moved or dropped
a number (and numbers re-issued to someone else); ``Bengaluru``/``Bangalore``, ``Gurugram``/
``Gurgaon``; states as ``KA``, ``U.P.``, ``Tamilnadu``; landmarks in addresses (``Near Hanuman
Temple, Opp. SBI``); phones in every form (``+91 98765 43210``, ``09876543210``,
``91-9876543210``); Aadhaar with its Verhoeff check digit, PAN with ``P`` for a person and the
surname's initial, masked Aadhaar in three styles.
"""

from __future__ import annotations

import datetime as dt
import random

import pandas as pd

from draws import TODAY, Draws, records_and_truth, wpick

# ---------------------------------------------------------------- Verhoeff (Aadhaar)
_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
       [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]  # fmt: skip
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
       [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]  # fmt: skip
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(body: str) -> str:
    """The digit that makes ``body`` followed by it pass the Verhoeff check."""
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


# ---------------------------------------------------------------- names
# transliteration: every spelling of a group is one name written another way
SPELLINGS = [
    ["Lakshmi", "Laxmi", "Lakshmy"], ["Srinivas", "Shrinivas", "Sreenivas", "Srinivasa"],
    ["Srinivasan", "Sreenivasan", "Shrinivasan"], ["Chaudhary", "Choudhary", "Chowdhury", "Chaudhari"],
    ["Mohammed", "Mohammad", "Mohd", "Mohd.", "Md", "Md.", "Muhammad", "Mohamed"],
    ["Sathish", "Satish", "Satheesh"], ["Shiva", "Siva"], ["Sivakumar", "Shivakumar"],
    ["Jyoti", "Jyothi"], ["Geeta", "Geetha", "Gita"], ["Sunita", "Sunitha", "Suneeta"],
    ["Praveen", "Pravin", "Parveen"], ["Pooja", "Puja"], ["Deepak", "Dipak"], ["Sourav", "Saurav"],
    ["Debasish", "Debashis", "Debashish"], ["Sanjib", "Sanjeev", "Sanjiv"], ["Vijay", "Vijai"],
    ["Shaikh", "Sheikh", "Shekh"], ["Siddiqui", "Siddiqi", "Siddiki"], ["Qureshi", "Kureshi"],
    ["Syed", "Sayyed", "Saiyed"], ["Hussain", "Husain", "Hussein"], ["Ahmed", "Ahmad"],
    ["Bhattacharya", "Bhattacharjee", "Bhattacharyya"], ["Mondal", "Mandal"], ["Dutta", "Datta"],
    ["Roy", "Ray"], ["Bose", "Basu"], ["Pandey", "Pande"], ["Mishra", "Misra"],
    ["Tiwari", "Tiwary", "Tewari"], ["Gowda", "Gouda"], ["Shetty", "Setty"], ["Pillai", "Pillay"],
    ["Subramanian", "Subramaniam", "Subramanyam"], ["Murthy", "Murthi", "Moorthy"],
    ["Venkatesh", "Venkatesha"], ["Raghavendra", "Raghvendra"], ["Chandrashekar", "Chandrasekhar",
    "Chandrasekar"], ["Sreeja", "Sreeja", "Shreeja"], ["Kavitha", "Kavita"], ["Savitha", "Savita"],
    ["Rekha", "Reka"], ["Sangeeta", "Sangita", "Sangeetha"], ["Seema", "Sima"],
    ["Poonam", "Punam"], ["Preeti", "Priti", "Preethi"], ["Shweta", "Sweta", "Swetha"],
    ["Yadav", "Yadava"], ["Kushwaha", "Kushwah"], ["Srivastava", "Shrivastava", "Srivastav"],
    ["Agarwal", "Agrawal", "Aggarwal"], ["Chatterjee", "Chattopadhyay", "Chatterji"],
    ["Banerjee", "Bandyopadhyay", "Banerji"], ["Mukherjee", "Mukhopadhyay"],
    ["Ganguly", "Gangopadhyay", "Ganguli"], ["Majumdar", "Mazumdar"], ["Sarkar", "Sircar"],
    ["Halder", "Haldar"], ["Pal", "Paul"], ["Dey", "De"], ["Sengupta", "Sen Gupta"],
    ["Gurpreet", "Gurpreeth"], ["Jaswinder", "Jasvinder"], ["Sukhwinder", "Sukhvinder"],
    ["Kuldeep", "Kuldip"], ["Rajinder", "Rajender", "Rajendar"], ["Davinder", "Devinder"],
    ["Balwinder", "Balvinder"], ["Dnyaneshwar", "Gyaneshwar", "Dnyaneshvar"],
    ["Dattatray", "Dattatraya"], ["Thakare", "Thackeray", "Thakre"], ["Venkateswarlu",
    "Venkateshwarlu"], ["Satyanarayana", "Sathyanarayana"], ["Chowdary", "Choudary"],
    ["Sravani", "Shravani"], ["Sirisha", "Sireesha"], ["Padmavathi", "Padmavati"],
    ["Unnikrishnan", "Unni Krishnan"], ["Jayakrishnan", "Jaya Krishnan"], ["Sreejith", "Srijith"],
    ["Kamla", "Kamala"], ["Urmila", "Urmilla"], ["Bhavna", "Bhavana"], ["Jigna", "Jignasha"],
    ["Nayna", "Nayana"], ["Irfan", "Irphan"], ["Javed", "Jawed"], ["Wasim", "Waseem"],
    ["Shakeel", "Shakil"], ["Nadeem", "Nadim"], ["Rizwan", "Rizvan"], ["Nazia", "Naziya"],
    ["Farhana", "Farana"], ["Tabassum", "Tabbasum"], ["Yasmin", "Yasmeen"],
]  # fmt: skip
VARIANTS: dict[str, list[str]] = {}
for _grp in SPELLINGS:
    for _w in _grp:
        VARIANTS[_w.lower()] = [x for x in _grp if x != _w]

MOHD = {"Mohammed": 30, "Mohd": 25, "Md": 15, "Mohammad": 15, "Muhammad": 10, "Mohamed": 5}

NAMES = {
    "tamil": {
        "M": {"Ramesh": 4, "Suresh": 4, "Senthil": 3, "Karthik": 4, "Murugan": 2, "Saravanan": 4,
              "Venkatesh": 3, "Balaji": 4, "Prakash": 3, "Rajesh": 3, "Arun": 4, "Vijay": 3,
              "Ganesh": 3, "Selvam": 2, "Manikandan": 3, "Sathish": 3, "Dinesh": 3, "Anand": 3,
              "Sivakumar": 3, "Ravi": 2, "Mohan": 2, "Kannan": 2, "Gopal": 1, "Vignesh": 3,
              "Aravind": 2, "Prabhu": 2, "Elango": 1, "Muthukumar": 2, "Senthilkumar": 2},
        "F": {"Lakshmi": 4, "Priya": 4, "Kavitha": 3, "Meena": 3, "Revathi": 3, "Geetha": 3,
              "Sumathi": 2, "Anitha": 3, "Vijaya": 2, "Selvi": 3, "Malathi": 2, "Saranya": 3,
              "Divya": 3, "Deepa": 2, "Jayanthi": 2, "Kalaivani": 2, "Padma": 2, "Shanthi": 2,
              "Vasanthi": 1, "Nithya": 2, "Gayathri": 3, "Bhuvaneswari": 2, "Kowsalya": 1},
        "father": {"Srinivasan": 4, "Krishnan": 4, "Raman": 3, "Subramanian": 4, "Ramasamy": 3,
                   "Natarajan": 3, "Murugesan": 3, "Palanisamy": 3, "Arumugam": 3, "Govindan": 2,
                   "Rajendran": 3, "Venkatesan": 3, "Kandasamy": 2, "Shanmugam": 3, "Perumal": 2,
                   "Ponnusamy": 2, "Chinnasamy": 2, "Sundaram": 2, "Balasubramanian": 2},
        "village": ["Kanchipuram", "Madurai", "Tirunelveli", "Salem", "Erode", "Thanjavur",
                    "Vellore", "Puthur", "Kumbakonam", "Sivakasi", "Nagercoil", "Karur"],
    },
    "kannada": {
        "M": {"Manjunath": 5, "Ravi": 3, "Prakash": 3, "Shivakumar": 3, "Nagaraj": 3,
              "Raghavendra": 3, "Suresh": 3, "Mahesh": 3, "Basavaraj": 3, "Chandrashekar": 2,
              "Girish": 3, "Harish": 3, "Srinivas": 3, "Venkatesh": 2, "Mallikarjun": 2,
              "Santosh": 3, "Praveen": 3, "Naveen": 3, "Umesh": 2, "Lokesh": 2, "Puneeth": 2,
              "Darshan": 2, "Kiran": 2, "Shivanna": 1, "Ramesh": 2},
        "F": {"Lakshmi": 3, "Shobha": 3, "Savitha": 3, "Kavya": 3, "Rekha": 3, "Shilpa": 3,
              "Asha": 3, "Geetha": 2, "Sunitha": 2, "Roopa": 3, "Pushpa": 2, "Manjula": 3,
              "Bhavya": 2, "Sowmya": 3, "Nagaveni": 1, "Divya": 2, "Ramya": 3, "Chaitra": 2},
        "father": {"Shivanna": 3, "Ramaiah": 3, "Nanjundappa": 2, "Siddappa": 2, "Krishnappa": 3,
                   "Hanumanthappa": 2, "Lingappa": 2, "Basappa": 2, "Chikkanna": 2, "Narayana": 3,
                   "Venkataramana": 2, "Puttaswamy": 2, "Gangadhar": 2, "Srinivasa": 2},
        "sur": {"Gowda": 10, "Shetty": 5, "Hegde": 3, "Rao": 4, "Naik": 3, "Bhat": 3,
                "Kulkarni": 2, "Patil": 2, "Reddy": 2, "Murthy": 2, "Swamy": 2, "Achar": 1,
                "Poojary": 1, "Kamath": 1, "Shenoy": 1},
        "village": ["Hosahalli", "Kanakapura", "Mandya", "Tumkur", "Hassan", "Doddaballapur",
                    "Chikkaballapur", "Magadi", "Kolar", "Channapatna", "Nelamangala", "Hoskote"],
    },
    "telugu": {
        "M": {"Srinivasa Rao": 4, "Venkata Ramana": 3, "Ramesh": 3, "Suresh Kumar": 2,
              "Naresh": 3, "Ravi Teja": 2, "Krishna": 3, "Nagarjuna": 2, "Prasad": 3,
              "Satyanarayana": 2, "Venkateswarlu": 2, "Srikanth": 3, "Kiran Kumar": 3,
              "Raju": 2, "Anil Kumar": 3, "Chandra Sekhar": 2, "Sai Kiran": 3, "Harish": 2,
              "Rajesh": 2, "Mahesh": 2, "Praveen Kumar": 2, "Venkatesh": 2},
        "F": {"Lakshmi": 3, "Padmavathi": 2, "Sravani": 3, "Swathi": 3, "Anusha": 3,
              "Lavanya": 3, "Bhavani": 2, "Sirisha": 2, "Madhavi": 2, "Sujatha": 2,
              "Vijaya Lakshmi": 2, "Radha": 2, "Sailaja": 2, "Sunitha": 2, "Rama Devi": 2,
              "Durga": 2, "Haritha": 2, "Mounika": 2},
        "caste": {"": 60, "Reddy": 18, "Naidu": 8, "Chowdary": 6, "Varma": 3, "Goud": 5},
        "sur": {"Kotha": 2, "Gaddam": 2, "Bandi": 2, "Pulla": 1, "Nalla": 2, "Boddu": 1,
                "Konda": 2, "Chinta": 2, "Vemula": 2, "Yerra": 1, "Peddi": 1, "Gorantla": 1,
                "Kandula": 2, "Mallela": 1, "Pothula": 1, "Katta": 2, "Alla": 2, "Gade": 2,
                "Tummala": 2, "Kollu": 1, "Bcommu": 1, "Dasari": 2, "Mandava": 1, "Paruchuri": 1,
                "Jonnalagadda": 1, "Kancharla": 1, "Vadlamudi": 1, "Yarlagadda": 1},
    },
    "malayali": {
        "M": {"Anil Kumar": 4, "Sunil Kumar": 3, "Rajesh": 2, "Suresh Babu": 2, "Biju": 3,
              "Shaji": 2, "Jose": 2, "Thomas": 2, "Sanjay": 1, "Vinod": 3, "Pradeep": 2,
              "Ajith": 3, "Manoj": 3, "Sreejith": 3, "Jayakrishnan": 2, "Unnikrishnan": 2,
              "Sajan": 2, "Arjun": 2, "Vishnu": 3, "Akhil": 2},
        "F": {"Sreeja": 3, "Bindu": 3, "Lekha": 2, "Divya": 3, "Anjali": 2, "Reshmi": 3,
              "Sindhu": 3, "Preetha": 2, "Deepthi": 2, "Mini": 2, "Shyni": 2, "Jisha": 2,
              "Lissy": 1, "Mary": 1, "Aswathy": 3, "Athira": 3, "Sreelakshmi": 2},
        "father": {"Gopalan": 3, "Kuttappan": 2, "Raghavan": 3, "Narayanan": 3, "Sukumaran": 3,
                   "Chandran": 2, "Ravindran": 3, "Balakrishnan": 2, "Vijayan": 3, "Mohanan": 3,
                   "Thomas": 2, "Varghese": 2, "Joseph": 2, "Mathew": 2, "Sasidharan": 2},
        "sur": {"": 45, "Nair": 20, "Menon": 6, "Pillai": 8, "Kurup": 3, "Nambiar": 3,
                "Varghese": 3, "Mathew": 3, "Joseph": 3, "George": 3, "Thomas": 3},
        "house": ["Puthenveettil", "Kalathil", "Kizhakkethil", "Vadakkedath", "Thekkumkara",
                  "Parambil", "Chirayil", "Kallarakkal", "Madathil", "Padinjarethil",
                  "Pulikkal", "Kunnathu", "Thottathil", "Valiyaveettil", "Erattupurakkal"],
    },
    "hindi": {
        "M": {"Rahul": 4, "Rajesh": 4, "Amit": 4, "Sunil": 3, "Anil": 3, "Sanjay": 4, "Manoj": 4,
              "Ramesh": 3, "Vinod": 3, "Ashok": 3, "Deepak": 3, "Pankaj": 3, "Vikas": 3,
              "Rakesh": 3, "Mukesh": 3, "Santosh": 3, "Ravi": 2, "Ajay": 3, "Vijay": 3,
              "Pradeep": 2, "Sandeep": 3, "Arvind": 2, "Dinesh": 3, "Neeraj": 2, "Ankit": 3,
              "Abhishek": 3, "Saurabh": 2, "Gaurav": 3, "Rohit": 3, "Vivek": 2, "Ram Prasad": 1,
              "Shiv Kumar": 1, "Om Prakash": 2, "Ram Babu": 1, "Ranjit": 1, "Dharmendra": 2,
              "Jitendra": 2, "Brijesh": 1, "Umesh": 2},
        "F": {"Sunita": 4, "Anita": 4, "Priya": 3, "Pooja": 4, "Neha": 3, "Kavita": 3,
              "Rekha": 3, "Suman": 3, "Geeta": 3, "Seema": 3, "Meena": 2, "Poonam": 3,
              "Sangeeta": 3, "Rinki": 2, "Jyoti": 3, "Anjali": 2, "Preeti": 3, "Shweta": 2,
              "Savitri": 2, "Kamla": 2, "Urmila": 2, "Manju": 3, "Sarita": 2, "Rani": 2,
              "Laxmi": 2, "Kiran": 2, "Pinki": 2, "Mamta": 2, "Sushila": 2},
        "sur": {"Kumar": 10, "Singh": 10, "Sharma": 9, "Yadav": 8, "Gupta": 5, "Verma": 5,
                "Prasad": 4, "Mishra": 4, "Tiwari": 3, "Pandey": 4, "Chaudhary": 4, "Jha": 3,
                "Sinha": 2, "Srivastava": 3, "Shukla": 2, "Dubey": 2, "Chauhan": 2, "Rajput": 1,
                "Agarwal": 2, "Jain": 2, "Saxena": 1, "Thakur": 2, "Paswan": 2, "Mahto": 2,
                "Ram": 2, "Rawat": 1, "Meena": 2, "Malik": 1, "Tyagi": 1, "Sahu": 2,
                "Maurya": 2, "Kushwaha": 2, "Nishad": 1, "Saini": 1, "Rathore": 1, "Gurjar": 1},
    },
    "sikh": {
        "M": {"Gurpreet": 5, "Harpreet": 4, "Manpreet": 4, "Jaspreet": 3, "Harjit": 2,
              "Balwinder": 3, "Sukhwinder": 3, "Kuldeep": 3, "Jaswinder": 3, "Paramjit": 2,
              "Amarjit": 2, "Gurmeet": 2, "Rajinder": 2, "Davinder": 2, "Satnam": 2,
              "Lakhwinder": 2, "Navdeep": 2, "Karanveer": 1, "Harmanpreet": 1},
        "F": {"Harpreet": 4, "Gurpreet": 4, "Manpreet": 4, "Jaspreet": 3, "Simranjeet": 2,
              "Amandeep": 3, "Rajwinder": 2, "Sukhjit": 1, "Navneet": 2, "Paramjit": 2,
              "Kulwinder": 2, "Baljit": 2, "Harjeet": 1, "Ramandeep": 2},
        "sur": {"": 45, "Dhillon": 5, "Sandhu": 5, "Gill": 5, "Sidhu": 4, "Brar": 3,
                "Grewal": 3, "Bajwa": 2, "Randhawa": 2, "Virk": 2, "Cheema": 2, "Mann": 2,
                "Bains": 2, "Sekhon": 2, "Aulakh": 1, "Bhullar": 1},
        "hindu_sur": {"Arora": 5, "Kapoor": 4, "Khanna": 3, "Malhotra": 4, "Chopra": 3,
                      "Bhatia": 3, "Sethi": 2, "Ahuja": 2, "Mehra": 2, "Sharma": 3, "Bansal": 2},
    },
    "muslim": {
        "M": {"Irfan": 3, "Salim": 3, "Imran": 4, "Aslam": 3, "Rashid": 3, "Javed": 3,
              "Sameer": 3, "Shahid": 3, "Arif": 3, "Faisal": 2, "Azhar": 2, "Naseem": 2,
              "Rizwan": 3, "Wasim": 3, "Shakeel": 2, "Anwar": 2, "Iqbal": 2, "Nadeem": 2,
              "Zaheer": 1, "Yusuf": 2, "Rafiq": 2, "Abdul Rahman": 2, "Abdul Karim": 1,
              "Aamir": 2, "Feroz": 1, "Sajid": 2, "Tariq": 1, "Ashraf": 2, "Shahnawaz": 1},
        "F": {"Shabana": 3, "Nazia": 3, "Rukhsar": 2, "Farhana": 3, "Shahnaz": 2, "Ayesha": 3,
              "Fatima": 3, "Reshma": 3, "Salma": 3, "Nasreen": 3, "Tabassum": 2, "Sana": 3,
              "Zainab": 1, "Rubina": 2, "Afreen": 2, "Heena": 2, "Shaista": 1, "Yasmin": 2},
        "sur": {"Khan": 12, "Ansari": 6, "Shaikh": 6, "Qureshi": 3, "Siddiqui": 3, "Pathan": 2,
                "Syed": 3, "Mirza": 1, "Baig": 1, "Hussain": 3, "Ali": 3, "Ahmed": 3, "Malik": 1,
                "Mansuri": 1, "Rizvi": 1, "": 12},
        "fem": {"Begum": 4, "Khatoon": 4, "Bano": 3, "Parveen": 3},
    },
    "bengali": {
        "M": {"Subhajit": 3, "Sourav": 3, "Arindam": 3, "Debasish": 3, "Partha": 3, "Sanjib": 2,
              "Amit": 2, "Tapas": 2, "Abhijit": 3, "Sudip": 2, "Sumanta": 2, "Biswajit": 3,
              "Prosenjit": 2, "Ranjan": 2, "Dipankar": 2, "Kaushik": 2, "Arnab": 3, "Sandip": 2,
              "Pradip": 2, "Goutam": 2, "Swapan": 2, "Asim": 1, "Soumya": 2},
        "F": {"Rupa": 2, "Moumita": 3, "Sutapa": 2, "Rina": 2, "Soma": 2, "Piyali": 2,
              "Mitali": 2, "Anindita": 2, "Sreeparna": 1, "Tanusree": 2, "Payel": 3, "Riya": 3,
              "Mousumi": 3, "Shampa": 2, "Jhuma": 2, "Sima": 2, "Anjana": 2, "Keya": 1},
        "sur": {"Chatterjee": 4, "Banerjee": 4, "Mukherjee": 4, "Ganguly": 2, "Ghosh": 6,
                "Bose": 3, "Das": 8, "Dutta": 4, "Sen": 3, "Roy": 6, "Saha": 4, "Mondal": 5,
                "Sarkar": 4, "Chowdhury": 3, "Bhattacharya": 4, "Halder": 2, "Pal": 3, "Dey": 3,
                "Biswas": 4, "Majumdar": 2, "Sengupta": 2, "Paul": 1, "Adhikari": 2},
    },
    "marathi": {
        "M": {"Sachin": 4, "Rahul": 3, "Amol": 3, "Sandeep": 3, "Santosh": 3, "Ganesh": 3,
              "Sunil": 3, "Prashant": 3, "Nitin": 3, "Mahesh": 3, "Vijay": 2, "Dattatray": 2,
              "Suresh": 2, "Rajendra": 2, "Vishal": 3, "Swapnil": 2, "Akshay": 3, "Tushar": 2,
              "Mangesh": 2, "Pravin": 2, "Dnyaneshwar": 2, "Balasaheb": 1, "Shivaji": 2,
              "Ramesh": 2, "Ganpat": 1, "Vitthal": 1, "Pandurang": 1},
        "F": {"Priya": 3, "Sunita": 3, "Vaishali": 3, "Swati": 3, "Manisha": 3, "Ashwini": 3,
              "Pooja": 3, "Jyoti": 2, "Sarika": 2, "Rupali": 3, "Snehal": 2, "Shubhangi": 2,
              "Kavita": 2, "Madhuri": 2, "Pallavi": 3, "Savita": 2, "Archana": 2, "Sangita": 2,
              "Mangal": 1},
        "sur": {"Patil": 8, "Jadhav": 5, "Pawar": 5, "Shinde": 5, "Kulkarni": 3, "Deshmukh": 3,
                "Joshi": 3, "More": 4, "Gaikwad": 4, "Kale": 2, "Chavan": 4, "Deshpande": 2,
                "Salunkhe": 2, "Bhosale": 3, "Kadam": 3, "Sawant": 2, "Wagh": 2, "Mane": 3,
                "Kamble": 4, "Gawade": 1, "Lokhande": 2, "Thakare": 2},
    },
    "gujarati": {
        "M": {"Rakesh": 3, "Mahesh": 3, "Nilesh": 3, "Hitesh": 3, "Jignesh": 3, "Paresh": 3,
              "Bharat": 3, "Ketan": 2, "Dilip": 2, "Kamlesh": 3, "Mukesh": 3, "Alpesh": 2,
              "Chirag": 3, "Hardik": 3, "Bhavesh": 3, "Nitin": 2, "Ramesh": 2, "Mohan": 1,
              "Jayesh": 2, "Sanjay": 2, "Vipul": 2, "Harshad": 2, "Pravin": 2},
        "F": {"Hetal": 3, "Nisha": 2, "Bhavna": 3, "Jigna": 2, "Sonal": 3, "Kinjal": 3,
              "Falguni": 2, "Heena": 2, "Dhara": 3, "Komal": 2, "Rekha": 2, "Hansa": 2,
              "Meena": 2, "Daksha": 2, "Nayna": 2, "Mital": 2, "Payal": 2, "Jyotsna": 1},
        "sur": {"Patel": 16, "Shah": 7, "Mehta": 4, "Desai": 3, "Parmar": 3, "Solanki": 3,
                "Chauhan": 2, "Joshi": 2, "Trivedi": 2, "Modi": 1, "Panchal": 2, "Prajapati": 3,
                "Rathod": 3, "Makwana": 2, "Thakkar": 2, "Vaghela": 2, "Bhatt": 2, "Pandya": 2},
    },
}  # fmt: skip

# ---------------------------------------------------------------- places
# state: (names, telecom circle, name styles)
STATES = {
    "Karnataka": (["Karnataka", "KARNATAKA", "KA", "Karnatak"], "Karnataka",
                  {"kannada": 55, "tamil": 8, "telugu": 8, "malayali": 5, "muslim": 12, "hindi": 7,
                   "marathi": 3, "bengali": 2}),
    "Tamil Nadu": (["Tamil Nadu", "TAMIL NADU", "TN", "Tamilnadu", "T.N."], "Tamil Nadu",
                   {"tamil": 80, "muslim": 7, "malayali": 4, "telugu": 5, "hindi": 4}),
    "Telangana": (["Telangana", "TELANGANA", "TS", "TG"], "AP & Telangana",
                  {"telugu": 76, "muslim": 16, "hindi": 5, "marathi": 2, "tamil": 1}),
    "Andhra Pradesh": (["Andhra Pradesh", "ANDHRA PRADESH", "AP", "A.P."], "AP & Telangana",
                       {"telugu": 88, "muslim": 9, "tamil": 3}),
    "Kerala": (["Kerala", "KERALA", "KL"], "Kerala", {"malayali": 84, "muslim": 13, "tamil": 3}),
    "Maharashtra": (["Maharashtra", "MAHARASHTRA", "MH", "Maharastra"], "Maharashtra & Goa",
                    {"marathi": 60, "hindi": 14, "gujarati": 8, "muslim": 12, "tamil": 1,
                     "kannada": 1, "malayali": 1, "bengali": 1, "sikh": 2}),
    "Gujarat": (["Gujarat", "GUJARAT", "GJ", "Gujrat"], "Gujarat",
                {"gujarati": 80, "muslim": 10, "hindi": 6, "marathi": 2, "sikh": 2}),
    "Delhi": (["Delhi", "DELHI", "New Delhi", "NCT of Delhi", "DL"], "Delhi NCR",
              {"hindi": 58, "sikh": 20, "muslim": 12, "bengali": 3, "malayali": 2, "tamil": 2,
               "marathi": 1, "gujarati": 2}),
    "Haryana": (["Haryana", "HARYANA", "HR"], "Haryana",
                {"hindi": 75, "sikh": 15, "muslim": 5, "bengali": 2, "malayali": 1, "tamil": 2}),
    "Uttar Pradesh": (["Uttar Pradesh", "UTTAR PRADESH", "UP", "U.P."], "UP East",
                      {"hindi": 79, "muslim": 20, "sikh": 1}),
    "Bihar": (["Bihar", "BIHAR", "BR"], "Bihar & Jharkhand", {"hindi": 85, "muslim": 14,
                                                             "bengali": 1}),
    "Jharkhand": (["Jharkhand", "JHARKHAND", "JH"], "Bihar & Jharkhand",
                  {"hindi": 82, "muslim": 12, "bengali": 6}),
    "Rajasthan": (["Rajasthan", "RAJASTHAN", "RJ"], "Rajasthan",
                  {"hindi": 87, "muslim": 9, "sikh": 4}),
    "Punjab": (["Punjab", "PUNJAB", "PB"], "Punjab", {"sikh": 86, "hindi": 12, "muslim": 2}),
    "Chandigarh": (["Chandigarh", "CHANDIGARH", "CH"], "Punjab", {"sikh": 60, "hindi": 40}),
    "West Bengal": (["West Bengal", "WEST BENGAL", "WB", "W.B."], "Kolkata",
                    {"bengali": 76, "muslim": 16, "hindi": 8}),
}  # fmt: skip
# cities: (names, district, state, STD code, address style, [(locality, pin)], weight)
CITIES = [
    (["Bengaluru", "Bangalore", "BANGALORE", "Bengaluru Urban", "Blr"], "Bengaluru Urban",
     "Karnataka", "080", "blr",
     [("Jayanagar 4th Block", "560011"), ("Koramangala", "560034"), ("Indiranagar", "560038"),
      ("Malleshwaram", "560003"), ("Rajajinagar", "560010"), ("Whitefield", "560066"),
      ("BTM Layout", "560076"), ("Electronic City", "560100"), ("Yelahanka", "560064"),
      ("Banashankari 2nd Stage", "560070"), ("HSR Layout", "560102"), ("Marathahalli", "560037"),
      ("Hebbal", "560024"), ("Basavanagudi", "560004"), ("Vijayanagar", "560040"),
      ("Kengeri", "560060"), ("Hoodi", "560048"), ("JP Nagar 6th Phase", "560078")], 14),
    (["Mysuru", "Mysore", "MYSORE"], "Mysuru", "Karnataka", "0821", "blr",
     [("Kuvempunagar", "570023"), ("Vijayanagar 2nd Stage", "570017"),
      ("Saraswathipuram", "570009"), ("Gokulam", "570002")], 2),
    (["Mangaluru", "Mangalore", "MANGALORE"], "Dakshina Kannada", "Karnataka", "0824", "town",
     [("Kadri", "575002"), ("Bejai", "575004"), ("Kankanady", "575002")], 1),
    (["Hubballi", "Hubli", "HUBLI"], "Dharwad", "Karnataka", "0836", "town",
     [("Vidyanagar", "580021"), ("Keshwapur", "580023")], 1),
    (["Chennai", "Madras", "CHENNAI"], "Chennai", "Tamil Nadu", "044", "chn",
     [("Adyar", "600020"), ("T. Nagar", "600017"), ("Mylapore", "600004"),
      ("Anna Nagar", "600040"), ("Velachery", "600042"), ("Tambaram", "600045"),
      ("Porur", "600116"), ("Chromepet", "600044"), ("Perambur", "600011"),
      ("Tiruvanmiyur", "600041"), ("Kodambakkam", "600024"), ("Ambattur", "600053")], 9),
    (["Coimbatore", "Kovai", "COIMBATORE"], "Coimbatore", "Tamil Nadu", "0422", "chn",
     [("R.S. Puram", "641002"), ("Gandhipuram", "641012"), ("Peelamedu", "641004"),
      ("Saibaba Colony", "641011")], 3),
    (["Madurai", "MADURAI"], "Madurai", "Tamil Nadu", "0452", "chn",
     [("Anna Nagar", "625020"), ("K.K. Nagar", "625020"), ("Tallakulam", "625002")], 2),
    (["Tiruchirappalli", "Trichy", "Tiruchi"], "Tiruchirappalli", "Tamil Nadu", "0431", "chn",
     [("Srirangam", "620006"), ("Thillai Nagar", "620018")], 1),
    (["Hyderabad", "HYDERABAD", "Hyd"], "Hyderabad", "Telangana", "040", "hyd",
     [("Banjara Hills", "500034"), ("Kukatpally", "500072"), ("Ameerpet", "500016"),
      ("Dilsukhnagar", "500060"), ("Madhapur", "500081"), ("Secunderabad", "500003"),
      ("Gachibowli", "500032"), ("LB Nagar", "500074"), ("Miyapur", "500049"),
      ("Mehdipatnam", "500028"), ("Tolichowki", "500008"), ("Uppal", "500039")], 10),
    (["Vijayawada", "Bezawada", "VIJAYAWADA"], "NTR", "Andhra Pradesh", "0866", "hyd",
     [("Benz Circle", "520010"), ("Patamata", "520010"), ("Governorpet", "520002")], 2),
    (["Visakhapatnam", "Vizag", "Vishakapatnam"], "Visakhapatnam", "Andhra Pradesh", "0891", "hyd",
     [("MVP Colony", "530017"), ("Gajuwaka", "530026"), ("Dwaraka Nagar", "530016")], 2),
    (["Guntur", "GUNTUR"], "Guntur", "Andhra Pradesh", "0863", "hyd",
     [("Brodipet", "522002"), ("Arundelpet", "522002")], 1),
    (["Thiruvananthapuram", "Trivandrum", "TVM"], "Thiruvananthapuram", "Kerala", "0471", "ker",
     [("Kowdiar", "695003"), ("Pattom", "695004"), ("Vazhuthacaud", "695014"),
      ("Kazhakkoottam", "695582")], 2),
    (["Kochi", "Cochin", "Ernakulam"], "Ernakulam", "Kerala", "0484", "ker",
     [("Kakkanad", "682030"), ("Edappally", "682024"), ("Vyttila", "682019"),
      ("Kaloor", "682017"), ("Palarivattom", "682025")], 3),
    (["Thrissur", "Trichur"], "Thrissur", "Kerala", "0487", "ker",
     [("Poothole", "680004"), ("Ayyanthole", "680003")], 1),
    (["Mumbai", "Bombay", "MUMBAI", "Greater Mumbai"], "Mumbai Suburban", "Maharashtra", "022",
     "mum",
     [("Andheri East", "400069"), ("Andheri West", "400058"), ("Borivali West", "400092"),
      ("Malad West", "400064"), ("Dadar West", "400028"), ("Goregaon East", "400063"),
      ("Powai", "400076"), ("Chembur", "400071"), ("Ghatkopar East", "400077"),
      ("Kandivali East", "400101"), ("Mulund West", "400080"), ("Bandra West", "400050"),
      ("Kurla West", "400070"), ("Dharavi", "400017")], 12),
    (["Thane", "THANE"], "Thane", "Maharashtra", "022", "mum",
     [("Thane West", "400601"), ("Kalwa", "400605"), ("Vashi", "400703"),
      ("Mira Road East", "401107"), ("Kalyan West", "421301")], 4),
    (["Pune", "Poona", "PUNE"], "Pune", "Maharashtra", "020", "mum",
     [("Kothrud", "411038"), ("Hadapsar", "411028"), ("Shivajinagar", "411005"),
      ("Aundh", "411007"), ("Pimpri", "411018"), ("Wakad", "411057"), ("Kharadi", "411014")], 6),
    (["Nagpur", "NAGPUR"], "Nagpur", "Maharashtra", "0712", "town",
     [("Dharampeth", "440010"), ("Sitabuldi", "440012"), ("Manish Nagar", "440015")], 2),
    (["Nashik", "Nasik"], "Nashik", "Maharashtra", "0253", "town",
     [("Gangapur Road", "422013"), ("Panchavati", "422003")], 1),
    (["Ahmedabad", "Amdavad", "AHMEDABAD"], "Ahmedabad", "Gujarat", "079", "guj",
     [("Navrangpura", "380009"), ("Maninagar", "380008"), ("Satellite", "380015"),
      ("Vastrapur", "380015"), ("Naranpura", "380013"), ("Bopal", "380058"),
      ("Chandkheda", "382424"), ("Naroda", "382330")], 6),
    (["Surat", "SURAT"], "Surat", "Gujarat", "0261", "guj",
     [("Adajan", "395009"), ("Varachha", "395006"), ("Athwa", "395001"),
      ("Katargam", "395004")], 3),
    (["Vadodara", "Baroda", "VADODARA"], "Vadodara", "Gujarat", "0265", "guj",
     [("Alkapuri", "390007"), ("Manjalpur", "390011"), ("Karelibaug", "390018")], 2),
    (["Rajkot", "RAJKOT"], "Rajkot", "Gujarat", "0281", "guj",
     [("Kalawad Road", "360005"), ("Raiya Road", "360007")], 1),
    (["New Delhi", "Delhi", "DELHI", "N. Delhi"], None, "Delhi", "011", "del",
     [("Laxmi Nagar", "110092", "East Delhi"), ("Rohini Sector 7", "110085", "North West Delhi"),
      ("Dwarka Sector 10", "110075", "South West Delhi"), ("Janakpuri", "110058", "West Delhi"),
      ("Mayur Vihar Phase 1", "110091", "East Delhi"), ("Karol Bagh", "110005", "Central Delhi"),
      ("Lajpat Nagar", "110024", "South East Delhi"), ("Uttam Nagar", "110059", "West Delhi"),
      ("Shahdara", "110032", "Shahdara"), ("Saket", "110017", "South Delhi"),
      ("Sangam Vihar", "110080", "South Delhi"), ("Pitampura", "110034", "North West Delhi"),
      ("Burari", "110084", "Central Delhi"), ("Seelampur", "110053", "North East Delhi")], 12),
    (["Gurugram", "Gurgaon", "GURGAON"], "Gurugram", "Haryana", "0124", "del",
     [("Sector 14", "122001"), ("DLF Phase 3", "122002"), ("Sector 56", "122011"),
      ("Palam Vihar", "122017"), ("Sohna Road", "122018")], 4),
    (["Faridabad", "FARIDABAD"], "Faridabad", "Haryana", "0129", "del",
     [("Sector 15", "121007"), ("NIT", "121001")], 2),
    (["Noida", "NOIDA", "Gautam Buddh Nagar"], "Gautam Buddha Nagar", "Uttar Pradesh", "0120",
     "del", [("Sector 62", "201309"), ("Sector 18", "201301"), ("Sector 137", "201305")], 3),
    (["Ghaziabad", "GZB"], "Ghaziabad", "Uttar Pradesh", "0120", "del",
     [("Indirapuram", "201014"), ("Vaishali", "201010"), ("Raj Nagar", "201002")], 3),
    (["Lucknow", "LUCKNOW", "Lko"], "Lucknow", "Uttar Pradesh", "0522", "town",
     [("Gomti Nagar", "226010"), ("Aliganj", "226024"), ("Indira Nagar", "226016"),
      ("Alambagh", "226005")], 4),
    (["Kanpur", "KANPUR"], "Kanpur Nagar", "Uttar Pradesh", "0512", "town",
     [("Kakadeo", "208025"), ("Kidwai Nagar", "208011")], 2),
    (["Varanasi", "Banaras", "Benares"], "Varanasi", "Uttar Pradesh", "0542", "town",
     [("Lanka", "221005"), ("Sigra", "221010")], 2),
    (["Prayagraj", "Allahabad", "ALLAHABAD"], "Prayagraj", "Uttar Pradesh", "0532", "town",
     [("Civil Lines", "211001"), ("Naini", "211008")], 2),
    (["Patna", "PATNA"], "Patna", "Bihar", "0612", "town",
     [("Kankarbagh", "800020"), ("Boring Road", "800001"), ("Rajendra Nagar", "800016"),
      ("Danapur", "801503")], 4),
    (["Muzaffarpur", "MUZAFFARPUR"], "Muzaffarpur", "Bihar", "0621", "town",
     [("Brahmpura", "842003")], 1),
    (["Ranchi", "RANCHI"], "Ranchi", "Jharkhand", "0651", "town",
     [("Lalpur", "834001"), ("Doranda", "834002")], 2),
    (["Jaipur", "JAIPUR"], "Jaipur", "Rajasthan", "0141", "town",
     [("Malviya Nagar", "302017"), ("Mansarovar", "302020"), ("Vaishali Nagar", "302021"),
      ("Raja Park", "302004")], 4),
    (["Jodhpur", "JODHPUR"], "Jodhpur", "Rajasthan", "0291", "town",
     [("Sardarpura", "342003"), ("Shastri Nagar", "342003")], 1),
    (["Ludhiana", "LUDHIANA"], "Ludhiana", "Punjab", "0161", "town",
     [("Model Town", "141002"), ("Sarabha Nagar", "141001"), ("Dugri", "141013")], 3),
    (["Amritsar", "AMRITSAR"], "Amritsar", "Punjab", "0183", "town",
     [("Ranjit Avenue", "143001"), ("Lawrence Road", "143001")], 2),
    (["Chandigarh", "CHANDIGARH"], "Chandigarh", "Chandigarh", "0172", "del",
     [("Sector 22", "160022"), ("Sector 35", "160036"), ("Sector 44", "160047")], 2),
    (["Kolkata", "Calcutta", "KOLKATA"], "Kolkata", "West Bengal", "033", "kol",
     [("Salt Lake Sector 1", "700064"), ("Behala", "700034"), ("Dum Dum", "700028"),
      ("Garia", "700084"), ("Tollygunge", "700033"), ("Shyambazar", "700004"),
      ("Jadavpur", "700032"), ("Ballygunge", "700019"), ("New Town", "700156")], 8),
    (["Howrah", "HOWRAH"], "Howrah", "West Bengal", "033", "kol",
     [("Shibpur", "711102"), ("Bally", "711201")], 2),
    (["Siliguri", "SILIGURI"], "Darjeeling", "West Bengal", "0353", "town",
     [("Hakimpara", "734001")], 1),
]  # fmt: skip
# villages: (village, post office, police station / taluk, district, state, pin, STD)
VILLAGES = [
    ("Hosahalli", "Hosahalli", "Magadi", "Ramanagara", "Karnataka", "562120", "08113"),
    ("Kanakapura", "Kanakapura", "Kanakapura", "Ramanagara", "Karnataka", "562117", "08117"),
    ("Melukote", "Melukote", "Pandavapura", "Mandya", "Karnataka", "571431", "08236"),
    ("Kunigal", "Kunigal", "Kunigal", "Tumakuru", "Karnataka", "572130", "08132"),
    ("Vadipatti", "Vadipatti", "Vadipatti", "Madurai", "Tamil Nadu", "625218", "04543"),
    ("Thiruvaiyaru", "Thiruvaiyaru", "Thiruvaiyaru", "Thanjavur", "Tamil Nadu", "613204", "04362"),
    ("Gingee", "Gingee", "Gingee", "Villupuram", "Tamil Nadu", "604202", "04145"),
    ("Palladam", "Palladam", "Palladam", "Tiruppur", "Tamil Nadu", "641664", "04255"),
    ("Tenali", "Tenali", "Tenali", "Guntur", "Andhra Pradesh", "522201", "08644"),
    ("Gudivada", "Gudivada", "Gudivada", "Krishna", "Andhra Pradesh", "521301", "08674"),
    ("Narasaraopet", "Narasaraopet", "Narasaraopet", "Palnadu", "Andhra Pradesh", "522601",
     "08647"),
    ("Siddipet", "Siddipet", "Siddipet", "Siddipet", "Telangana", "502103", "08457"),
    ("Erattupetta", "Erattupetta", "Meenachil", "Kottayam", "Kerala", "686121", "04822"),
    ("Chalakudy", "Chalakudy", "Chalakudy", "Thrissur", "Kerala", "680307", "0480"),
    ("Perumbavoor", "Perumbavoor", "Kunnathunad", "Ernakulam", "Kerala", "683542", "0484"),
    ("Baramati", "Baramati", "Baramati", "Pune", "Maharashtra", "413102", "02112"),
    ("Sangamner", "Sangamner", "Sangamner", "Ahmednagar", "Maharashtra", "422605", "02425"),
    ("Karad", "Karad", "Karad", "Satara", "Maharashtra", "415110", "02164"),
    ("Pandharpur", "Pandharpur", "Pandharpur", "Solapur", "Maharashtra", "413304", "02186"),
    ("Petlad", "Petlad", "Petlad", "Anand", "Gujarat", "388450", "02697"),
    ("Unjha", "Unjha", "Unjha", "Mehsana", "Gujarat", "384170", "02767"),
    ("Kalanaur", "Kalanaur", "Kalanaur", "Rohtak", "Haryana", "124113", "01262"),
    ("Barwala", "Barwala", "Barwala", "Hisar", "Haryana", "125121", "01693"),
    ("Chaubepur", "Chaubepur", "Chaubepur", "Varanasi", "Uttar Pradesh", "221104", "0542"),
    ("Sarai Akil", "Sarai Akil", "Sarai Akil", "Kaushambi", "Uttar Pradesh", "212217", "05331"),
    ("Machhlishahr", "Machhlishahr", "Machhlishahr", "Jaunpur", "Uttar Pradesh", "222143", "05454"),
    ("Colonelganj", "Colonelganj", "Colonelganj", "Gonda", "Uttar Pradesh", "271502", "05264"),
    ("Phulpur", "Phulpur", "Phulpur", "Azamgarh", "Uttar Pradesh", "223223", "05462"),
    ("Campierganj", "Campierganj", "Campierganj", "Gorakhpur", "Uttar Pradesh", "273158", "05523"),
    ("Rasra", "Rasra", "Rasra", "Ballia", "Uttar Pradesh", "221712", "05494"),
    ("Sonbarsa", "Sonbarsa", "Sonbarsa", "Sitamarhi", "Bihar", "843330", "06226"),
    ("Bikram", "Bikram", "Bikram", "Patna", "Bihar", "801104", "06135"),
    ("Hilsa", "Hilsa", "Hilsa", "Nalanda", "Bihar", "801302", "06111"),
    ("Raghunathpur", "Raghunathpur", "Raghunathpur", "Siwan", "Bihar", "841504", "06154"),
    ("Benipatti", "Benipatti", "Benipatti", "Madhubani", "Bihar", "847223", "06276"),
    ("Tekari", "Tekari", "Tekari", "Gaya", "Bihar", "824236", "06324"),
    ("Bakhri", "Bakhri", "Bakhri", "Begusarai", "Bihar", "848201", "06243"),
    ("Dalsinghsarai", "Dalsinghsarai", "Dalsinghsarai", "Samastipur", "Bihar", "848114", "06278"),
    ("Chomu", "Chomu", "Chomu", "Jaipur", "Rajasthan", "303702", "01423"),
    ("Nokha", "Nokha", "Nokha", "Bikaner", "Rajasthan", "334803", "01531"),
    ("Didwana", "Didwana", "Didwana", "Nagaur", "Rajasthan", "341303", "01580"),
    ("Jandiala Guru", "Jandiala Guru", "Jandiala Guru", "Amritsar", "Punjab", "143115", "0183"),
    ("Dharamkot", "Dharamkot", "Dharamkot", "Moga", "Punjab", "142042", "01682"),
    ("Samrala", "Samrala", "Samrala", "Ludhiana", "Punjab", "141114", "01628"),
    ("Patti", "Patti", "Patti", "Tarn Taran", "Punjab", "143416", "01851"),
    ("Bongaon", "Bongaon", "Bongaon", "North 24 Parganas", "West Bengal", "743235", "03215"),
    ("Tamluk", "Tamluk", "Tamluk", "Purba Medinipur", "West Bengal", "721636", "03228"),
    ("Kalna", "Kalna", "Kalna", "Purba Bardhaman", "West Bengal", "713409", "03454"),
    ("Diamond Harbour", "Diamond Harbour", "Diamond Harbour", "South 24 Parganas", "West Bengal",
     "743331", "03174"),
    ("Jamtara", "Jamtara", "Jamtara", "Jamtara", "Jharkhand", "815351", "06433"),
]  # fmt: skip
STATE_WEIGHT = {"Uttar Pradesh": 14, "Maharashtra": 12, "Bihar": 9, "West Bengal": 8,
                "Tamil Nadu": 8, "Karnataka": 9, "Delhi": 6, "Gujarat": 6, "Telangana": 5,
                "Andhra Pradesh": 5, "Rajasthan": 6, "Kerala": 4, "Punjab": 3, "Haryana": 3,
                "Jharkhand": 3, "Chandigarh": 1}  # fmt: skip
# where migrants come from, and where they go
MIGRANT_FROM = {"Bihar": 30, "Uttar Pradesh": 30, "West Bengal": 8, "Rajasthan": 8, "Jharkhand": 6,
                "Tamil Nadu": 5, "Kerala": 5, "Andhra Pradesh": 4, "Karnataka": 2}  # fmt: skip
METROS = {"Bengaluru": 30, "Mumbai": 25, "New Delhi": 20, "Gurugram": 8, "Hyderabad": 10,
          "Chennai": 5, "Pune": 8, "Thane": 5, "Noida": 4, "Ahmedabad": 4, "Surat": 4}  # fmt: skip

# village names: their usual beginnings and endings by region
VILLAGE_KIND = {"Uttar Pradesh": "hindi", "Bihar": "hindi", "Jharkhand": "hindi",
                "Rajasthan": "hindi", "Haryana": "hindi", "Punjab": "punjabi",
                "West Bengal": "bengali", "Karnataka": "kannada", "Tamil Nadu": "tamil",
                "Andhra Pradesh": "telugu", "Telangana": "telugu", "Kerala": "malayalam",
                "Maharashtra": "marathi", "Gujarat": "gujarati"}  # fmt: skip
VILLAGE_PARTS = {
    "hindi": (["Ram", "Madho", "Bishun", "Chand", "Lakshmi", "Sona", "Kishan", "Hari", "Shiv",
               "Dev", "Bel", "Nawa", "Ratan", "Sultan", "Fateh", "Gopal", "Mohan", "Bhagwan",
               "Jagdish", "Kesho", "Baij", "Anand", "Daulat", "Sikandar", "Mahesh", "Bhim",
               "Jamal", "Kamal", "Narayan", "Raghu", "Basant", "Dharam", "Sher", "Ganga"],
              ["pur", "pura", "ganj", "nagar", "garh", "gaon", "bari", "tola", "patti", "pali",
               "dih", "sarai", "chak", "bigha", "para"]),
    "punjabi": (["Jandi", "Kot", "Fateh", "Bhai", "Dhar", "Kala", "Sangh", "Talwandi ", "Chak ",
                 "Rai", "Mehta", "Bhullar", "Gill", "Sidhu", "Dhilwan", "Ghuman", "Maan", "Sohi",
                 "Bajwa", "Kang"],
                ["pur", "wala", "wali", "kalan", "abad", "garh", "ke", "an", "pind"]),
    "bengali": (["Bara", "Chhota ", "Naba", "Kalyan", "Ram", "Krishna", "Gopal", "Shyam", "Hari",
                 "Basu", "Sona", "Dakshin ", "Uttar ", "Madhab", "Gour", "Bishnu", "Chandi",
                 "Kali", "Jagannath", "Radha"],
                ["pur", "nagar", "gram", "danga", "pukur", "hati", "bari", "tala", "ganj", "dih"]),
    "kannada": (["Hosa", "Dodda", "Chikka", "Kere", "Bevina", "Hunase", "Nagara", "Kempa", "Ragi",
                 "Kalla", "Honna", "Mallige", "Ane", "Hale", "Kadu", "Bele", "Gowda", "Ramana",
                 "Shiva", "Basava"],
                ["halli", "pura", "kere", "palya", "gere", "hatti", "koppa", "doddi", "hosur"]),
    "tamil": (["Vada", "Then", "Kila", "Mel", "Pudu", "Periya", "Chinna", "Ala", "Thiru", "Kovil",
               "Puli", "Maru", "Vella", "Sengal", "Kar", "Aval", "Muthu", "Mana", "Ponn", "Siru"],
              ["palayam", "patti", "kulam", "kottai", "ur", "puram", "nallur", "pettai",
               "kuppam", "thurai", "kurichi", "vilai"]),
    "telugu": (["Peda", "Chinna", "Kotha", "Rama", "Narasa", "Gopala", "Konda", "Venkata",
                "Lakshmi", "Chinta", "Yerra", "Nalla", "Mamidi", "Seetha", "Ananta", "Gudi",
                "Pedda", "Bhima", "Krishna", "Appa"],
               ["palem", "puram", "peta", "gudem", "padu", "pally", "cheruvu", "konda", "pudi",
                "varam", "lanka"]),
    "malayalam": (["Puthu", "Kara", "Thiru", "Chemba", "Vella", "Kunnam", "Perum", "Mala", "Ala",
                   "Kolla", "Pazha", "Mundakka", "Kanja", "Chira", "Eda", "Kotta", "Manja",
                   "Pala", "Aruvi", "Thotta"],
                  ["kulam", "kara", "ssery", "nadu", "kode", "kavu", "mala", "thara", "puram",
                   "kuzhy", "pally", "kadavu"]),
    "marathi": (["Wad", "Shiv", "Pimpal", "Nim", "Ambe", "Kalam", "Sangam", "Jam", "Devl", "Khed",
                 "Loni", "Bori", "Rajur", "Mhas", "Kondh", "Vadgaon ", "Takli ", "Sawar",
                 "Ozar", "Chinch"],
                ["gaon", "wadi", "ner", "pur", "khed", "wade", "phal", "kheda", "ali", "wan"]),
    "gujarati": (["Vad", "Sam", "Man", "Bhad", "Ran", "Nav", "Jun", "Kal", "Ram", "Moti", "Nani",
                  "Bor", "Khed", "Sojit", "Vaso", "Dhan", "Mahu", "Ode", "Sarsa", "Umre"],
                 ["pur", "gam", "nagar", "vadi", "sar", "pura", "ali", "tha", "vav", "li"]),
}  # fmt: skip
LANDMARKS = ["Near Hanuman Temple", "Opp. SBI", "Behind Govt. School", "Near Bus Stand",
             "Near Water Tank", "Opp. Petrol Pump", "Near Masjid", "Beside Reliance Fresh",
             "Near Railway Station", "Opp. Post Office", "Near Ganesh Mandir", "Near Gurudwara",
             "Behind Police Station", "Near Church", "Opp. Canara Bank", "Near Shiv Mandir",
             "Near Panchayat Office", "Near Govt. Hospital", "Opp. Bus Depot", "Near Metro Station",
             "Behind Big Bazaar", "Near Ration Shop", "Near Amman Kovil", "Near Durga Mandir"]  # fmt: skip
SOCIETIES = ["Sai Krupa", "Shree Ganesh", "Om Shanti", "Gokul Dham", "Laxmi Niwas", "Shivam",
             "Vrindavan", "Sai Darshan", "Prestige", "Sobha", "Brigade", "Green Park", "Sunshine",
             "Krishna Kunj", "Ashirwad", "Mahavir", "Omkar", "Sagar", "Royal Palms", "Nandanvan"]  # fmt: skip
ROADS = {"blr": ["1st Main", "2nd Main", "4th Main", "8th Main", "11th Main", "Outer Ring Road",
                 "Hosur Road", "Bannerghatta Road", "CMH Road", "Sarjapur Road"],
         "chn": ["Gandhi Street", "Nehru Street", "Kamarajar Salai", "2nd Cross Street",
                 "Anna Salai", "Main Road", "4th Avenue", "Bharathi Street", "Pillaiyar Koil Street"],
         "hyd": ["Road No. 3", "Road No. 12", "Main Road", "Lane 4", "Street No. 6"],
         "mum": ["S.V. Road", "Link Road", "L.B.S. Marg", "Station Road", "M.G. Road",
                 "Tilak Road", "J.P. Road", "Carter Road", "Karve Road", "F.C. Road"],
         "del": ["Gali No. 4", "Gali No. 11", "Main Road", "Block C", "Block B", "Pocket 2"],
         "kol": ["Rash Behari Avenue", "S.P. Mukherjee Road", "B.T. Road", "Jessore Road",
                 "Prince Anwar Shah Road", "N.S.C. Bose Road", "Sarat Bose Road"],
         "ker": ["M.G. Road", "Temple Road", "Church Road", "Market Road", "Bank Road"],
         "guj": ["C.G. Road", "S.G. Highway", "Ring Road", "Station Road", "Ashram Road"],
         "town": ["Station Road", "Civil Lines", "M.G. Road", "Gandhi Road", "Nehru Nagar",
                  "Subhash Marg", "College Road", "Hospital Road", "Ward No. 12", "Ward No. 5"]}  # fmt: skip

DOMAINS = {"gmail.com": 70, "yahoo.co.in": 8, "rediffmail.com": 6, "yahoo.com": 5,
           "hotmail.com": 4, "outlook.com": 3, "ymail.com": 1, "live.com": 1}  # fmt: skip
UPI_HANDLES_MOBILE = {"paytm": 35, "ybl": 30, "ibl": 8, "axl": 8, "upi": 10, "airtel": 9}
UPI_HANDLES_NAME = {"okhdfcbank": 25, "okaxis": 25, "oksbi": 20, "okicici": 15, "paytm": 8,
                    "ybl": 4, "apl": 3}  # fmt: skip
ISSUES = ["Recharge not credited", "Network issue / no signal", "Call drops", "Data not working",
          "Bill dispute", "Port out request", "SIM blocked / PUK", "Value added service deactivation",
          "KYC re-verification", "Duplicate SIM request", "Payments bank OTP not received",
          "UPI transaction failed", "Wallet refund", "Plan change", "Roaming activation",
          "DND registration", "Address change request", "Lost phone - SIM block"]  # fmt: skip
LANGUAGES = {"Karnataka": "Kannada", "Tamil Nadu": "Tamil", "Telangana": "Telugu",
             "Andhra Pradesh": "Telugu", "Kerala": "Malayalam", "Maharashtra": "Marathi",
             "Gujarat": "Gujarati", "West Bengal": "Bengali", "Punjab": "Punjabi"}  # fmt: skip
RELATION = {"spouse": ["SPOUSE", "WIFE", "HUSBAND"], "son": ["SON"], "daughter": ["DAUGHTER"],
            "father": ["FATHER"], "mother": ["MOTHER"], "brother": ["BROTHER"]}  # fmt: skip
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


class Telco(Draws):
    SLIP_LETTERS = "aeiouhnrsy"

    def __init__(self, persons: int, seed: int):
        self.n = persons
        self.rnd = random.Random(seed)
        self.persons: list[dict] = []
        self.rows: list[dict] = []
        self.used: set[str] = set()
        self.seq = 0
        self.city_by_name = {c[0][0]: c for c in CITIES}
        self.recycled: list[str] = []  # disconnected numbers the operator gives out again
        # retailers (points of sale) and banking correspondents, with their own mobiles
        self.pos = {}
        self.agents = {}

    # ------------------------------------------------------------ basic draws
    def mobile(self):
        rnd = self.rnd

        def f():
            first = wpick(rnd, {"9": 35, "8": 25, "7": 25, "6": 15})
            return first + "".join(str(rnd.randrange(10)) for _ in range(9))

        return self.unique(f)

    def landline(self, std):
        rnd = self.rnd
        n = 10 - (len(std) - 1)

        def f():
            return (
                std
                + str(rnd.choice([2, 2, 2, 4, 6]))
                + "".join(str(rnd.randrange(10)) for _ in range(n - 1))
            )

        return self.unique(f)

    def aadhaar(self):
        rnd = self.rnd

        def f():
            body = str(rnd.randint(2, 9)) + "".join(str(rnd.randrange(10)) for _ in range(10))
            return body + verhoeff_digit(body)

        return self.unique(f)

    def pan(self, p):
        rnd = self.rnd
        last = self.pan_name_of(p).split()[-1]
        letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

        def f():
            return (
                "".join(rnd.choice(letters) for _ in range(3))
                + "P"
                + last[0].upper()
                + f"{rnd.randint(1, 9999):04d}"
                + rnd.choice(letters)
            )

        return self.unique(f)

    def epic(self):
        rnd = self.rnd
        return self.unique(
            lambda: (
                "".join(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
                + f"{rnd.randint(0, 9999999):07d}"
            )
        )

    def dl(self, state):
        rnd = self.rnd
        code = {"Karnataka": "KA", "Tamil Nadu": "TN", "Telangana": "TS", "Andhra Pradesh": "AP",
                "Kerala": "KL", "Maharashtra": "MH", "Gujarat": "GJ", "Delhi": "DL",
                "Haryana": "HR", "Uttar Pradesh": "UP", "Bihar": "BR", "Jharkhand": "JH",
                "Rajasthan": "RJ", "Punjab": "PB", "Chandigarh": "CH",
                "West Bengal": "WB"}[state]  # fmt: skip
        return self.unique(
            lambda: (
                f"{code}{rnd.randint(1, 60):02d}{rnd.randint(2000, 2024)}"
                f"{rnd.randint(0, 9999999):07d}"
            )
        )

    def ckyc(self):
        rnd = self.rnd
        return self.unique(lambda: str(rnd.randint(1, 9)) + f"{rnd.randrange(10**13):013d}")

    def respell(self, s, p):
        """Transliterate a word of the name another way now and then."""
        out = []
        for w in s.split(" "):
            alts = VARIANTS.get(w.lower().rstrip("."))
            if alts and self.rnd.random() < p:
                out.append(self.rnd.choice(alts))
            else:
                out.append(w)
        return " ".join(out)

    # ------------------------------------------------------------ places
    def place_in_city(self, city_name=None, state=None):
        rnd = self.rnd
        if city_name:
            c = self.city_by_name[city_name]
        else:
            pool = [c for c in CITIES if c[2] == state]
            c = rnd.choices(pool, [x[6] for x in pool])[0]
        names, district, st, std, style, locs, _ = c
        loc = rnd.choice(locs)
        return dict(
            kind="city",
            city=names[0],
            city_names=names,
            district=loc[2] if len(loc) > 2 else district,
            state=st,
            std=std,
            style=style,
            locality=loc[0],
            pin=loc[1],
            house=self.house(style, loc[0]),
            road=rnd.choice(ROADS[style]) if rnd.random() < 0.75 else None,
            landmark=rnd.choice(LANDMARKS) if rnd.random() < 0.55 else None,
            landline=None,
        )

    def place_in_village(self, state):
        rnd = self.rnd
        pool = [v for v in VILLAGES if v[4] == state]
        if not pool:
            return self.place_in_city(state=state)
        town, po, ps, district, st, pin, std = rnd.choice(pool)
        # one of the villages around the block's town (its post office and PIN code)
        vil = town if rnd.random() < 0.15 else self.village_name(st)
        return dict(
            kind="village",
            city=vil,
            city_names=[vil, vil.upper()],
            district=district,
            state=st,
            std=std,
            style="village",
            locality=vil,
            pin=pin,
            post=vil if rnd.random() < 0.4 else po,
            ps=ps,
            house=f"{rnd.randint(1, 400)}" if rnd.random() < 0.5 else None,
            road=f"Ward No. {rnd.randint(1, 15)}" if rnd.random() < 0.3 else None,
            landmark=rnd.choice(LANDMARKS) if rnd.random() < 0.45 else None,
            landline=None,
        )

    def village_name(self, state):
        rnd = self.rnd
        heads, tails = VILLAGE_PARTS[VILLAGE_KIND.get(state, "hindi")]
        name = rnd.choice(heads) + rnd.choice(tails)
        if VILLAGE_KIND.get(state, "hindi") in ("hindi", "punjabi") and rnd.random() < 0.15:
            name += rnd.choice([" Khurd", " Kalan", " Buzurg"])
        return name

    def house(self, style, locality):
        rnd = self.rnd
        n = rnd.randint(1, 999)
        if style == "blr":
            return wpick(
                rnd,
                {
                    f"No. {n}, {ordinal(rnd.randint(1, 18))} Cross": 4,
                    f"#{n}, {ordinal(rnd.randint(1, 12))} Main, {ordinal(rnd.randint(1, 9))} Cross": 3,
                    f"Flat {rnd.randint(1, 12)}0{rnd.randint(1, 8)}, {rnd.choice(SOCIETIES)} "
                    "Apartments": 3,
                },
            )
        if style == "chn":
            return wpick(
                rnd,
                {
                    f"No. {n}": 4,
                    f"Old No. {n}, New No. {rnd.randint(1, 200)}": 2,
                    f"Plot No. {rnd.randint(1, 120)}, Door No. {rnd.randint(1, 40)}": 1,
                    f"Flat {rnd.choice('ABCDEFG')}{rnd.randint(1, 12)}, {rnd.choice(SOCIETIES)} "
                    "Apartments": 2,
                },
            )
        if style == "hyd":
            return wpick(
                rnd,
                {
                    f"H.No. {rnd.randint(1, 16)}-{rnd.randint(1, 12)}-{n}": 3,
                    f"H.No. {rnd.randint(1, 16)}-{rnd.randint(1, 12)}-{n}/{rnd.choice('ABC')}": 2,
                    f"Flat No. {rnd.randint(1, 5)}0{rnd.randint(1, 8)}, {rnd.choice(SOCIETIES)} "
                    "Residency": 2,
                },
            )
        if style == "mum":
            return wpick(
                rnd,
                {
                    f"Flat No. {rnd.randint(1, 20)}0{rnd.randint(1, 8)}, {rnd.choice('ABCDE')} Wing, "
                    f"{rnd.choice(SOCIETIES)} CHS": 5,
                    f"Room No. {rnd.randint(1, 60)}, {rnd.choice(SOCIETIES)} Chawl": 2,
                    f"{rnd.randint(1, 9)}/{rnd.randint(1, 40)}, {rnd.choice(SOCIETIES)} Nagar": 1,
                },
            )
        if style == "del":
            return wpick(
                rnd,
                {
                    f"H.No. {n}": 3,
                    f"{rnd.choice('ABCDEFGHJK')}-{n}": 3,
                    f"Flat {rnd.randint(1, 900)}, {rnd.choice(SOCIETIES)} Apartments": 2,
                    f"House No. {n}": 1,
                },
            )
        if style == "kol":
            return wpick(
                rnd,
                {
                    f"{n}/{rnd.randint(1, 9)}{rnd.choice(['', 'A', 'B'])}": 4,
                    f"Flat {rnd.choice('ABCD')}{rnd.randint(1, 9)}, {rnd.choice(SOCIETIES)} "
                    "Apartment": 2,
                },
            )
        if style == "ker":
            return f"{rnd.choice(NAMES['malayali']['house'])} House"
        if style == "guj":
            return wpick(
                rnd,
                {
                    f"{n}, {rnd.choice(SOCIETIES)} Society": 4,
                    f"B-{rnd.randint(1, 80)}, {rnd.choice(SOCIETIES)} Flats": 2,
                },
            )
        return f"H.No. {n}" if rnd.random() < 0.6 else f"{n}"

    # ------------------------------------------------------------ names
    def make_name(self, p, style, father=None, husband=None, inherit=None):
        """Fill p's name parts. father / husband: persons (or ghosts) whose names shape p's."""
        rnd = self.rnd
        sex = p["sex"]
        p["style"] = style
        tab = NAMES[style]
        inherit = inherit or {}
        if style == "sikh":
            p["hindu"] = inherit.get("hindu", rnd.random() < 0.25)
            tab_given = (NAMES["hindi"] if p["hindu"] else tab)[sex]
        else:
            tab_given = tab[sex]
        given = wpick(rnd, tab_given)
        taken = {q["given"] for q in inherit.get("siblings", [])}
        if father is not None:
            taken.add(father["given"])
        while given in taken and len(taken) < len(tab_given) // 2:
            given = wpick(rnd, tab_given)  # not the father's name, nor a sibling's
        if style == "telugu" and sex == "M":
            caste = inherit.get("caste") if "caste" in inherit else wpick(rnd, tab["caste"])
            p["caste"] = caste
            if caste and "Rao" not in given:
                given = f"{given} {caste}"
        p["given"] = given
        p["sn"] = None
        p["mid"] = None
        p["vill"] = inherit.get("vill")
        p["mohd"] = None
        p["father"] = father
        p["husband"] = husband
        if style in ("tamil", "kannada") and "vill" not in inherit:
            tabv = tab.get("village")
            p["vill"] = rnd.choice(tabv) if tabv and rnd.random() < 0.35 else None
        if style == "kannada":
            p["sn"] = (
                inherit.get("sn")
                if "sn" in inherit
                else (wpick(rnd, tab["sur"]) if rnd.random() < 0.55 else None)
            )
        elif style == "telugu":
            p["sn"] = inherit.get("sn") or wpick(rnd, tab["sur"])
        elif style == "malayali":
            p["sn"] = inherit.get("sn") if "sn" in inherit else (wpick(rnd, tab["sur"]) or None)
            p["vill"] = inherit.get("vill") or rnd.choice(tab["house"])
        elif style == "hindi":
            p["sn"] = inherit.get("sn") or wpick(rnd, tab["sur"])
            if sex == "M" and p["sn"] != "Kumar" and rnd.random() < 0.35:
                p["mid"] = "Kumar"
        elif style == "sikh":
            if p["hindu"]:
                p["sn"] = inherit.get("sn") or wpick(rnd, tab["hindu_sur"])
            else:
                p["sn"] = inherit.get("sn") if "sn" in inherit else (wpick(rnd, tab["sur"]) or None)
                p["mid"] = "Singh" if sex == "M" else "Kaur"
        elif style == "muslim":
            p["sn"] = inherit.get("sn") if "sn" in inherit else (wpick(rnd, tab["sur"]) or None)
            if sex == "M" and rnd.random() < 0.45:
                p["mohd"] = wpick(rnd, MOHD)
        elif style == "bengali":
            p["sn"] = inherit.get("sn") or wpick(rnd, tab["sur"])
            if sex == "M" and rnd.random() < 0.2:
                p["mid"] = "Kumar"
        elif style in ("marathi", "gujarati"):
            p["sn"] = inherit.get("sn") or wpick(rnd, tab["sur"])
        # a woman's name at birth (her father's family) and after marriage
        p["maiden"] = None
        if sex == "F" and husband is not None:
            p["maiden"] = dict(sn=p["sn"], vill=p["vill"], father=father)
            p["sn"] = husband["sn"]
            if style == "tamil" or style == "kannada":
                p["vill"] = husband["vill"] if rnd.random() < 0.5 else p["vill"]
            if style == "muslim" and rnd.random() < 0.5:
                p["sn"] = p["maiden"]["sn"]  # keeps her father's name
            if style == "hindi" and husband["sn"] and rnd.random() < 0.1:
                p["sn"] = f"{p['maiden']['sn']} {husband['sn']}"
        if sex == "F" and style == "hindi":
            if husband is not None and rnd.random() < 0.35:
                p["mid"] = "Devi" if rnd.random() < 0.8 else "Bai"
                if rnd.random() < 0.5:
                    p["sn"] = None  # "Sunita Devi"
            elif husband is None and rnd.random() < 0.2:
                p["mid"] = "Kumari"
        if sex == "F" and style == "hindi" and p["sn"] == "Kumar":
            p["sn"] = None  # a daughter of a "Kumar" is a "Kumari", a wife a "Devi"
            p["mid"] = "Devi" if husband is not None else "Kumari"
        if sex == "F" and style == "muslim" and rnd.random() < 0.45:
            p["sn"] = wpick(rnd, tab["fem"])
        p["aadhaar_name"] = self.render(p, "legal", married=True)
        p["pan_name"] = None
        # a wife whose Aadhaar still has the name she was born with
        p["aadhaar_old"] = rnd.random() < 0.4 and p.get("maiden") is not None
        p["aadhaar_maiden"] = self.render(p, "legal", married=False) if p["maiden"] else None

    def ghost(self, style, sex, inherit=None, age=70):
        """A parent or spouse who is not a customer: only the name parts."""
        g = {"sex": sex, "dob": self.dob(age - 5, age + 5)}
        tab = NAMES[style]
        self.make_name(g, style, inherit=inherit)
        if "father" in tab and sex == "M" and self.rnd.random() < 0.7:
            g["given"] = wpick(self.rnd, tab["father"])  # an older generation's name
            g["aadhaar_name"] = self.render(g, "legal")
        return g

    def initials(self, letters, style=None):
        rnd = self.rnd
        style = style or wpick(rnd, {". ": 35, " ": 35, ".": 15, "": 15})
        if style == ". ":
            return ". ".join(letters) + "."
        if style == ".":
            return ".".join(letters) + "."
        return style.join(letters)

    def forms(self, p, kind, married=True):
        """The ways a name of p's is written: {string: weight}."""
        st = p["style"]
        g = p["given"]
        first = g.split()[0]
        mar = married or p.get("maiden") is None
        sn = p["sn"] if mar else (p["maiden"] or {}).get("sn")
        vill = p["vill"] if mar else (p["maiden"] or {}).get("vill")
        if p["sex"] == "F" and p.get("husband") is not None and mar:
            ref = p["husband"]
        else:
            ref = p.get("father") or (p["maiden"] or {}).get("father")
        fg = ref["given"].split()[0] if ref else None
        out: dict[str, float] = {}

        def add(s, w):
            s = " ".join(s.split())
            if s:
                out[s] = out.get(s, 0) + w

        if st in ("tamil", "kannada") and not (st == "kannada" and sn):
            letters = ([vill[0]] if vill else []) + ([fg[0]] if fg else [])
            ini = self.initials(letters) if letters else ""
            if kind == "legal":
                add(f"{g} {ini}", 35)
                add(f"{ini} {g}", 30)
                if fg:
                    add(f"{g} {fg}", 20)
                    add(f"{fg} {g}", 3)
                if vill and fg:
                    add(f"{vill} {fg} {g}", 6)
                    add(f"{vill[0]}. {fg} {g}", 2)
            elif kind == "typed":
                add(g, 30)
                add(f"{g} {ini}", 35)
                add(f"{ini} {g}", 12)
                if fg:
                    add(f"{g} {fg}", 20)
            else:
                add(g, 50)
                add(f"{g} {ini}", 25)
                add(f"{ini} {g}", 10)
                if fg:
                    add(f"{g} {fg}", 10)
        elif st == "kannada":  # with a family name
            letters = ([vill[0]] if vill else []) + ([fg[0]] if fg else [])
            ini = self.initials(letters) if letters else ""
            if kind == "legal":
                add(f"{g} {sn}", 50)
                if ini:
                    add(f"{ini} {g} {sn}", 10)
                    add(f"{g} {ini}", 10)
                if fg:
                    add(f"{g} {fg} {sn}", 8)
            else:
                add(f"{g} {sn}", 50)
                add(g, 30 if kind == "typed" else 50)
                if ini:
                    add(f"{g} {ini}", 10)
        elif st == "telugu":
            i = self.initials([sn[0]])
            if kind == "legal":
                add(f"{sn} {g}", 35)
                add(f"{i} {g}", 30)
                add(f"{g} {sn}", 25)
                add(f"{g} {i}", 10)
            else:
                add(g, 20 if kind == "typed" else 40)
                add(f"{g} {sn}", 25)
                add(f"{i} {g}", 15)
                add(f"{first} {sn}", 15)
                if len(g.split()) > 1:
                    add(g.replace(" ", ""), 5)
                add(first, 10 if kind == "typed" else 20)
        elif st == "malayali":
            h = vill
            if kind == "legal":
                if sn:
                    add(f"{g} {sn}", 45)
                    add(f"{h[0]}. {g} {sn}", 5)
                add(f"{g} {h[0]}", 25)
                add(f"{self.initials([h[0]])} {g}", 20)
                if fg:
                    add(f"{g} {fg}", 20)
            else:
                add(g, 35)
                add(f"{first}", 10)
                if sn:
                    add(f"{g} {sn}", 25)
                    add(f"{first} {sn}", 10)
                add(f"{g} {h[0]}", 15)
                if fg:
                    add(f"{g} {fg}", 8)
        elif st == "hindi":
            mid = p["mid"] if mar or p["mid"] == "Kumar" else None
            if kind == "legal":
                if mid and sn:
                    add(f"{g} {mid} {sn}", 45)
                    add(f"{g} {sn}", 30)
                    add(f"{g} {mid}", 15)
                elif sn:
                    add(f"{g} {sn}", 100)
                elif mid:
                    add(f"{g} {mid}", 100)
                else:
                    add(g, 100)
            else:
                if sn:
                    add(f"{g} {sn}", 40)
                if mid == "Kumar" and sn:
                    add(f"{g} Kr. {sn}", 8)
                    add(f"{g} Kr {sn}", 4)
                    add(f"{g} K {sn}", 4)
                    add(f"{g} {mid} {sn}", 15)
                    add(f"{g} Kumar", 8)
                elif mid:
                    add(f"{g} {mid}", 30)
                add(g, 20 if kind == "typed" else 35)
        elif st == "sikh":
            mid = p["mid"]
            if kind == "legal":
                if mid and sn:
                    add(f"{g} {mid} {sn}", 50)
                    add(f"{g} {mid}", 50)
                elif mid:
                    add(f"{g} {mid}", 100)
                else:
                    add(f"{g} {sn}", 100)
            else:
                if mid:
                    add(f"{g} {mid}", 40)
                    if sn:
                        add(f"{g} {mid} {sn}", 20)
                        add(f"{g} {sn}", 10)
                elif sn:
                    add(f"{g} {sn}", 60)
                add(g, 20 if kind == "typed" else 30)
        elif st == "muslim":
            pre = p["mohd"]
            if kind == "legal":
                if pre and sn:
                    add(f"{pre} {g} {sn}", 45)
                    add(f"{pre} {g}", 15)
                    add(f"{g} {sn}", 25)
                elif pre:
                    add(f"{pre} {g}", 75)
                    add(g, 15)
                elif sn:
                    add(f"{g} {sn}", 90)
                else:
                    add(g, 100)
            else:
                if pre:
                    add(f"{pre} {g}", 25)
                    add(f"{wpick(self.rnd, MOHD)} {g}", 10)
                    if sn:
                        add(f"{pre} {g} {sn}", 15)
                if sn:
                    add(f"{g} {sn}", 30)
                add(g, 20 if kind == "typed" else 35)
        elif st == "bengali":
            mid = p["mid"]
            if kind == "legal":
                if mid:
                    add(f"{g} {mid} {sn}", 60)
                add(f"{g} {sn}", 40)
            else:
                add(f"{g} {sn}", 55)
                if mid:
                    add(f"{g} {mid} {sn}", 10)
                    add(f"{g} K. {sn}", 5)
                add(g, 20 if kind == "typed" else 35)
        elif st in ("marathi", "gujarati"):
            mid = fg
            guj = st == "gujarati"
            if guj and mid:
                mid = mid + "bhai"
            if kind == "legal":
                if mid:
                    add(f"{g} {mid} {sn}", 45)
                    add(f"{sn} {g} {mid}", 30)
                add(f"{g} {sn}", 25)
                if guj:
                    add(f"{g}{'bhai' if p['sex'] == 'M' else 'ben'} {sn}", 8)
                    if mid and p["sex"] == "M":
                        add(f"{sn} {g}kumar {mid}", 6)
            else:
                add(f"{g} {sn}", 50)
                if mid:
                    add(f"{g} {mid[0]} {sn}", 10)
                    add(f"{g} {mid[0]}. {sn}", 5)
                    add(f"{g} {mid} {sn}", 12)
                if guj:
                    add(f"{g}{'bhai' if p['sex'] == 'M' else 'ben'} {sn}", 10)
                add(g, 20 if kind == "typed" else 35)
        return out

    def render(self, p, kind, married=True):
        return wpick(self.rnd, self.forms(p, kind, married))

    def pan_name_of(self, p):
        """The name on the PAN: a family name last, as the Income Tax Department wants it."""
        if p.get("pan_name"):
            return p["pan_name"]
        rnd = self.rnd
        st = p["style"]
        g = p["given"]
        ref = p["husband"] if (p["sex"] == "F" and p.get("husband") is not None) else p["father"]
        fg = ref["given"].split()[0] if ref else None
        sn = p["sn"]
        if st in ("tamil", "kannada") and not sn:
            opts = {f"{g} {fg}": 60, f"{fg} {g}": 10} if fg else {g: 1}
            if p["vill"] and fg:
                opts[f"{p['vill']} {fg} {g}"] = 15
                opts[f"{g} {p['vill']} {fg}"] = 5
        elif st == "malayali" and not sn:
            opts = {f"{g} {fg}": 60} if fg else {}
            opts[f"{g} {p['vill']}"] = 30
        elif st in ("marathi", "gujarati") and fg:
            mid = fg + ("bhai" if st == "gujarati" else "")
            opts = {f"{g} {mid} {sn}": 60, f"{g} {sn}": 40}
        elif st == "muslim" and p["mohd"]:
            opts = {f"{p['mohd']} {g} {sn}" if sn else f"{p['mohd']} {g}": 70}
            if sn:
                opts[f"{g} {sn}"] = 30
        else:
            opts = self.forms(p, "legal")
            # the PAN needs a family name: a "Sunita Devi" gives her husband's name
            if st == "hindi" and not sn and ref and ref.get("sn"):
                opts = {f"{g} {ref['sn']}": 50, f"{g} {p['mid'] or ''} {ref['sn']}": 50}
        name = " ".join(wpick(rnd, opts).split())
        if rnd.random() < 0.1:
            name = self.respell(name, 0.5)
        p["pan_name"] = name
        return name

    def fh_name(self, p, married=True):
        """The father's or husband's name as a form records it, with what it is."""
        rnd = self.rnd
        if p["sex"] == "F" and p.get("husband") is not None and married:
            ref, rel = p["husband"], "W/O"
        else:
            ref = p.get("father") or (p.get("maiden") or {}).get("father")
            rel = "S/O" if p["sex"] == "M" else "D/O"
        if ref is None:
            return None, rel
        name = ref.get("aadhaar_name") or self.render(ref, "legal")
        if rnd.random() < 0.4:
            name = self.render(ref, "legal")
        return self.respell(name, 0.08), rel

    def case(self, s, mode):
        if s is None:
            return None
        if mode == "upper":
            return s.upper()
        if mode == "lower":
            return s.lower()
        if mode == "title":
            return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))
        return s

    # ------------------------------------------------------------ population
    def add_person(self, hh, sex, age_lo, age_hi, style, **kw):
        p = dict(
            pid=f"P{len(self.persons):05d}",
            hh=hh,
            sex=sex,
            dob=self.dob(age_lo, age_hi),
            mobiles=[],
            old_mobile=None,
            sims=[],
            email=None,
            email2=None,
            kids=[],
            uses=[],
        )
        self.make_name(p, style, **kw)
        hh["members"].append(p)
        self.persons.append(p)
        return p

    def household(self):
        rnd = self.rnd
        kind = wpick(rnd, {"single": 16, "migrant": 8, "couple": 20, "nuclear": 30, "joint": 26})
        if kind == "migrant":
            home_state = wpick(rnd, MIGRANT_FROM)
            metro = wpick(rnd, METROS)
            state = self.city_by_name[metro][2]
        else:
            state = wpick(rnd, STATE_WEIGHT)
            home_state = state
        style = wpick(rnd, STATES[home_state][2])
        rural = kind != "migrant" and rnd.random() < 0.3
        home = self.place_in_village(state) if rural else self.place_in_city(state=state)
        native = self.place_in_village(home_state) if kind == "migrant" else home
        hh = dict(kind=kind, home=home, native=native, members=[], style=style, state=state)
        if rnd.random() < (0.35 if home["kind"] == "city" else 0.12):
            home["landline"] = self.landline(home["std"])
        # who lived elsewhere before (a move within the city)
        hh["old_home"] = (
            self.place_in_city(state=state)
            if home["kind"] == "city" and rnd.random() < 0.15
            else None
        )
        gf = self.ghost(style, "M", age=80)
        if kind in ("single", "migrant"):
            sex = "M" if kind == "migrant" or rnd.random() < 0.7 else "F"
            lo, hi = (19, 35) if kind == "migrant" else (21, 45)
            fa = self.ghost(style, "M", gf_inherit(gf), age=60)
            self.add_person(hh, sex, lo, hi, style, father=fa, inherit=kid_inherit(fa))
            return
        head = self.add_person(hh, "M", 26 if kind == "couple" else 42, 78, style, father=gf,
                               inherit=gf_inherit(gf))  # fmt: skip
        hage = (TODAY - head["dob"]).days / 365.25
        wife_father = self.ghost(style, "M", inherit=None, age=int(hage) + 25)
        wife = self.add_person(
            hh, "F", max(19, hage - 9), hage - 1, style, father=wife_father, husband=head,
            inherit=maiden_inherit(wife_father),
        )  # fmt: skip
        head["spouse"], wife["spouse"] = wife, head
        if kind == "couple":
            return
        wage = (TODAY - wife["dob"]).days / 365.25
        n_kids = rnd.choice([1, 1, 2, 2, 2, 3]) if kind == "nuclear" else rnd.choice([1, 2, 2, 3])
        for k in range(n_kids):
            hi = wage - 19
            lo = max(18, wage - 34)
            if hi <= lo:
                break
            sex = "M" if kind == "joint" and k == 0 else rnd.choice("MF")
            kid = self.add_person(hh, sex, lo, hi, style, father=head, inherit=kid_inherit(head))
            kid["mother"] = wife
            head["kids"].append(kid)
            wife["kids"].append(kid)
            kage = (TODAY - kid["dob"]).days / 365.25
            if kind == "joint" and sex == "M" and kage >= 24:
                wf = self.ghost(style, "M", age=int(kage) + 28)
                dil = self.add_person(hh, "F", max(19, kage - 8), kage - 1, style, father=wf,
                                      husband=kid, inherit=maiden_inherit(wf))  # fmt: skip
                kid["spouse"], dil["spouse"] = dil, kid
                dage = (TODAY - dil["dob"]).days / 365.25
                if dage >= 38 and rnd.random() < 0.5:
                    gk = self.add_person(hh, rnd.choice("MF"), 18, dage - 19, style, father=kid,
                                         inherit=kid_inherit(kid))  # fmt: skip
                    gk["mother"] = dil
                    kid["kids"].append(gk)

    def population(self):
        while len(self.persons) < self.n:
            self.household()
        for p in self.persons:
            self.identity(p)
        for p in self.persons:
            self.contacts(p)
        for p in self.persons:
            self.emails(p)

    def identity(self, p):
        rnd = self.rnd
        age = (TODAY - p["dob"]).days / 365.25
        p["aadhaar"] = self.aadhaar() if rnd.random() < 0.96 else None
        # Aadhaar of many older, rural people knows only the year: 1 January
        p["yob_only"] = (
            age > 45 and p["hh"]["home"]["kind"] == "village" and rnd.random() < 0.45
        ) or (age > 55 and rnd.random() < 0.12)
        p["aadhaar_dob"] = (
            dt.date(p["dob"].year + rnd.choice([0, 0, 0, -1, 1, -2]), 1, 1)
            if p["yob_only"]
            else p["dob"]
        )
        has_pan = rnd.random() < (0.7 if p["sex"] == "M" else 0.4) * (0.6 if age > 65 else 1)
        p["pan"] = self.pan(p) if has_pan else None
        p["epic"] = self.epic() if rnd.random() < 0.85 else None
        p["dl"] = self.dl(p["hh"]["state"]) if rnd.random() < (0.4 if p["sex"] == "M" else 0.1) else None  # fmt: skip
        p["ckyc"] = None
        # where the person lives now, and where the Aadhaar says
        hh = p["hh"]
        p["addr"] = hh["home"]
        p["addr_old"] = hh["old_home"]
        p["addr_aadhaar"] = hh["native"]
        if hh["old_home"] is not None and rnd.random() < 0.5:
            p["addr_aadhaar"] = hh["old_home"]  # never updated after the move
        # a grown child who moved out to a city for work (their own place; the Aadhaar stays)
        moves = is_cust(p.get("mother")) and p["sex"] == "M" and age < 35
        if moves and not p.get("spouse") and rnd.random() < 0.25:
            p["addr"] = self.place_in_city(wpick(rnd, METROS))
            p["addr_old"] = hh["home"]

    def contacts(self, p):
        rnd = self.rnd
        age = (TODAY - p["dob"]).days / 365.25
        own = (
            (0.97 if age < 60 else 0.8)
            if p["sex"] == "M"
            else (0.88 if age < 40 else (0.65 if age < 60 else 0.35))
        )
        if rnd.random() < own:
            num = self.recycled.pop() if self.recycled and rnd.random() < 0.03 else self.mobile()
            p["mobiles"].append(num)
            if rnd.random() < (0.45 if p["sex"] == "M" else 0.15):
                p["mobiles"].append(self.mobile())
            if rnd.random() < 0.15:
                p["old_mobile"] = self.mobile()
        # which of the numbers are this operator's, and in whose name
        for i, num in enumerate([*p["mobiles"], p["old_mobile"]]):
            if num is None:
                continue
            old = i == len(p["mobiles"])
            if rnd.random() < 0.62:
                holder = p
                if p["sex"] == "F" and p.get("spouse") and rnd.random() < 0.15:
                    holder = p["spouse"]  # bought in the husband's name
                elif age < 23 and is_cust(p.get("father")) and rnd.random() < 0.3:
                    holder = p["father"]
                sim = dict(num=num, user=p, old=old)
                holder["sims"].append(sim)
                p["uses"].append(sim)
                if old and rnd.random() < 0.25:
                    self.recycled.append(num)

    def emails(self, p):
        rnd = self.rnd
        age = (TODAY - p["dob"]).days / 365.25
        pe = 0.6 if age < 35 else (0.45 if age < 50 else (0.25 if age < 65 else 0.08))
        if p["sex"] == "F":
            pe *= 0.8
        if rnd.random() < pe:
            p["email"] = self.make_email(p)
            if rnd.random() < 0.12:
                p["email2"] = self.make_email(p)

    def make_email(self, p):
        rnd = self.rnd
        words = self.forms(p, "typed")
        name = wpick(rnd, words).lower().replace(".", " ").split()
        first = name[0]
        last = name[-1] if len(name) > 1 else ""
        yy = f"{p['dob'].year % 100:02d}"
        nn = str(rnd.randint(1, 999))
        loc = wpick(
            rnd,
            {
                f"{first}.{last}": 20 if last else 0,
                f"{first}{last}{nn}": 20,
                f"{first}{yy}": 15,
                f"{first}{last}": 15 if last else 0,
                f"{first}_{last[:1]}{nn}": 8,
                f"{last}{first}": 5 if last else 0,
                f"{first}{p['dob'].year}": 8,
                f"{first}.{last}{yy}": 10 if last else 0,
            },
        )
        return self.unique(lambda: f"{loc}@{wpick(rnd, DOMAINS)}") if loc else None

    # ------------------------------------------------------------ formats
    def fmt_mobile(self, num, style=None):
        rnd = self.rnd
        style = style or wpick(
            rnd,
            {"plain": 45, "+91 sp": 8, "+91": 10, "0": 8, "91-": 5, "91": 7, "sp": 7, "dash": 5,
             "+91-": 5},
        )  # fmt: skip
        return {
            "plain": num,
            "+91 sp": f"+91 {num[:5]} {num[5:]}",
            "+91": f"+91{num}",
            "0": f"0{num}",
            "91-": f"91-{num}",
            "91": f"91{num}",
            "sp": f"{num[:5]} {num[5:]}",
            "dash": f"{num[:5]}-{num[5:]}",
            "+91-": f"+91-{num}",
        }[style]

    def fmt_landline(self, num, std):
        rnd = self.rnd
        sub = num[len(std) :]
        half = len(sub) // 2
        return wpick(
            rnd,
            {
                f"{std}-{sub}": 30,
                f"{std}-{sub[:half]} {sub[half:]}": 20,
                f"{std}{sub}": 15,
                f"({std}) {sub}": 8,
                f"+91 {std[1:]} {sub}": 7,
                sub: 10,
                f"{std} {sub}": 10,
            },
        )

    def dob_fmt(self, d, style):
        if style == "dmy-":
            return f"{d.day:02d}-{d.month:02d}-{d.year}"
        if style == "dmy/":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        if style == "dmyy":
            return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
        if style == "dmon":
            return f"{d.day:02d}-{MONTHS[d.month - 1]}-{d.year}"
        return d.isoformat()

    def state_str(self, state):
        rnd = self.rnd
        names = STATES[state][0]
        return names[0] if rnd.random() < 0.55 else rnd.choice(names)

    def city_str(self, a):
        rnd = self.rnd
        if rnd.random() < 0.6:
            return a["city_names"][0]
        return rnd.choice(a["city_names"])

    def pin_str(self, a):
        rnd = self.rnd
        pin = a["pin"]
        r = rnd.random()
        if r < 0.03:
            return f"{pin[:3]} {pin[3:]}"
        if r < 0.05:  # a digit slipped
            i = rnd.randrange(3, 6)
            return pin[:i] + str(rnd.randrange(10)) + pin[i + 1 :]
        return pin

    def addr_parts(self, a, care_of=None):
        """The address in its pieces, as a clerk or Aadhaar writes them."""
        rnd = self.rnd
        parts = []
        if care_of:
            parts.append(care_of)
        if a["kind"] == "village":
            st = a["state"]
            if st == "Maharashtra":
                parts.append(f"At Post {a['city']}")
                parts.append(f"Tal. {a['ps']}")
            elif st in ("Bihar", "Uttar Pradesh", "Jharkhand", "West Bengal"):
                parts.append(
                    f"{rnd.choice(['Vill.', 'Vill', 'Village', 'Gram'])} {a['city']}"
                    + (f", {a['house']}" if a["house"] and rnd.random() < 0.3 else "")
                )
                parts.append(f"{rnd.choice(['Post', 'PO', 'P.O.'])} {a['post']}")
                parts.append(f"{rnd.choice(['PS', 'P.S.', 'Thana'])} {a['ps']}")
            elif st == "Kerala":
                parts.append(f"{rnd.choice(NAMES['malayali']['house'])} House")
                parts.append(f"{a['post']} P.O.")
            else:
                if a["house"]:
                    parts.append(f"{rnd.choice(['No.', 'H.No.', 'Door No.'])} {a['house']}")
                parts.append(a["city"])
                if rnd.random() < 0.5:
                    parts.append(f"{rnd.choice(['Tq.', 'Taluk', 'Tehsil'])} {a['ps']}")
        else:
            parts.append(a["house"])
            if a["road"]:
                parts.append(a["road"])
            parts.append(a["locality"])
        if a["landmark"] and rnd.random() < 0.7:
            lm = a["landmark"]
            if rnd.random() < 0.3:
                lm = lm.replace("Near", rnd.choice(["Nr.", "Nr", "near"])).replace(
                    "Opp.", rnd.choice(["Opposite", "Opp", "opp."])
                )
            parts.insert(min(len(parts), rnd.randint(1, 3)), lm)
        out = []
        for x in parts:
            if x and rnd.random() < 0.15:
                x = (
                    x.replace("House No.", "H No")
                    .replace("H.No.", rnd.choice(["H No", "HNo.", "House No.", "#"]))
                    .replace("Road", "Rd")
                    .replace("Street", "St.")
                    .replace("Apartments", "Apts")
                )
            out.append(x)
        return out

    def lines(self, parts, k):
        """Spread the parts over k lines."""
        if len(parts) <= k:
            return [*parts, *[None] * (k - len(parts))]
        cuts = sorted(self.rnd.sample(range(1, len(parts)), k - 1))
        out, prev = [], 0
        for c in [*cuts, len(parts)]:
            out.append(", ".join(parts[prev:c]))
            prev = c
        return out

    # ------------------------------------------------------------ records
    def add(self, src, p, **cols):
        self.seq += 1
        cols = {k: (v if v not in ("",) else None) for k, v in cols.items()}
        self.rows.append(
            {"rec_id": f"R{self.seq:06d}", "src_system": src, "_pid": p["pid"], **cols}
        )

    def family_mobile(self, p):
        """A mobile of the family's for someone who has none: the husband's, a son's, the father's."""
        rnd = self.rnd
        cands = []
        if p.get("spouse") and p["spouse"]["mobiles"]:
            cands.append(p["spouse"]["mobiles"][0])
        for k in p["kids"]:
            if k["mobiles"]:
                cands.append(k["mobiles"][0])
        if is_cust(p.get("father")) and p["father"]["mobiles"]:
            cands.append(p["father"]["mobiles"][0])
        return rnd.choice(cands[:2]) if cands else None

    def relatives(self, p):
        out = []
        if p.get("spouse"):
            out.append((p["spouse"], "spouse"))
        for k in p["kids"]:
            out.append((k, "son" if k["sex"] == "M" else "daughter"))
        if is_cust(p.get("father")):
            out.append((p["father"], "father"))
        if is_cust(p.get("mother")):
            out.append((p["mother"], "mother"))
        return out

    def sim_kyc(self, holder, sim, year=None):
        """A connection's application form; ``year``: of a re-verification by e-KYC."""
        rnd = self.rnd
        p = holder
        num = sim["num"]
        old = sim["old"]
        if year is None:
            year = (
                rnd.randint(2008, 2016) if (old or rnd.random() < 0.35) else rnd.randint(2017, 2025)
            )
        act = dt.date(year, rnd.randint(1, 12), rnd.randint(1, 28))
        ekyc = year >= 2017 and p["aadhaar"] is not None
        married = p.get("maiden") is None or (not p["aadhaar_old"] if ekyc else year > 2018)
        state = p["addr"]["state"]
        fh, rel = self.fh_name(p, married)
        if ekyc:
            name = p["aadhaar_name"] if married else p["aadhaar_maiden"]
            name = self.case(name, "upper" if rnd.random() < 0.4 else "title")
            a = p["addr_aadhaar"]
            care = None
            if fh and rnd.random() < 0.55:
                care = f"{rnd.choice([rel + ':', rel, 'C/O', 'C/O:'])} {fh}"
            parts = self.addr_parts(a, care)
            poi_type = rnd.choice(["AADHAAR", "Aadhaar eKYC", "AADHAAR_EKYC"])
            aad = p["aadhaar"]
            poi = wpick(rnd, {f"XXXX XXXX {aad[-4:]}": 60, f"xxxxxxxx{aad[-4:]}": 25,
                              f"XXXX-XXXX-{aad[-4:]}": 15})  # fmt: skip
            d = self.dob_fmt(p["aadhaar_dob"], "dmy-")
            age = None
            fhn = fh if rnd.random() < 0.7 else None
        else:
            name = self.respell(self.render(p, "legal", married), 0.12)
            name = self.typo(name, 0.05)
            name = self.case(name, "upper" if rnd.random() < 0.8 else "title")
            if fh and rnd.random() < 0.06:
                name = f"{name} {rel} {fh.upper()}"
            a = p["addr_old"] if (p["addr_old"] and rnd.random() < 0.7) else p["addr"]
            care = f"{rel} {fh}" if fh and rnd.random() < 0.15 else None
            parts = self.addr_parts(a, care)
            opts = {"VOTER ID": 40 if p["epic"] else 0, "PAN CARD": 15 if p["pan"] else 0,
                    "DRIVING LICENCE": 15 if p["dl"] else 0,
                    "AADHAAR": 25 if p["aadhaar"] else 0, "RATION CARD": 5}  # fmt: skip
            poi_type = wpick(rnd, opts)
            poi = {
                "VOTER ID": p["epic"],
                "PAN CARD": p["pan"],
                "DRIVING LICENCE": p["dl"],
                "AADHAAR": p["aadhaar"]
                and (
                    f"{p['aadhaar'][:4]} {p['aadhaar'][4:8]} {p['aadhaar'][8:]}"
                    if rnd.random() < 0.6
                    else p["aadhaar"]
                ),
                "RATION CARD": f"{rnd.randint(10**9, 10**10 - 1)}",
            }[poi_type]
            if poi and poi_type == "DRIVING LICENCE" and rnd.random() < 0.5:
                poi = f"{poi[:4]} {poi[4:]}"
            if poi and rnd.random() < 0.02:
                i = rnd.randrange(len(poi))
                poi = poi[:i] + poi[i + 1 :]
            poi_type = rnd.choice([poi_type, poi_type.title(), poi_type.split()[0]])
            if rnd.random() < 0.2:
                d, age = None, str(int((act - p["dob"]).days / 365.25))
            else:
                d, age = self.dob_fmt(p["dob"], rnd.choice(["dmy/", "dmyy", "dmy-"])), None
            fhn = fh
            if fhn and rnd.random() < 0.3:
                fhn = f"{rel} {fhn}"
            fhn = fhn.upper() if fhn and rnd.random() < 0.8 else fhn
        l1, l2, l3 = self.lines(parts, 3)
        city = a["district"] if a["kind"] == "village" and rnd.random() < 0.5 else self.city_str(a)
        # the alternate number: a relative's, the landline, the other SIM, the retailer's
        alt = None
        r = rnd.random()
        rels = [q for q, _ in self.relatives(p) if q["mobiles"] and q["mobiles"][0] != num]
        if r < 0.3 and rels:
            alt = self.fmt_mobile(rnd.choice(rels)["mobiles"][0])
        elif r < 0.42 and p["addr"]["landline"]:
            alt = self.fmt_landline(p["addr"]["landline"], p["addr"]["std"])
        elif r < 0.55 and len(p["mobiles"]) > 1:
            others = [m for m in p["mobiles"] if m != num]
            alt = self.fmt_mobile(others[0]) if others else None
        elif r < 0.58:
            alt = self.fmt_mobile(self.pos_mobile(state))
        postpaid = rnd.random() < 0.15
        self.add(
            "SIM_KYC",
            p,
            caf_no=("EK" if ekyc else "CAF") + str(rnd.randint(10**9, 10**10 - 1)),
            connection_type="Postpaid" if postpaid else "Prepaid",
            subscriber_name=name,
            father_husband_name=fhn,
            dob=d,
            age=age,
            gender=wpick(
                rnd,
                {
                    p["sex"]: 50,
                    {"M": "MALE", "F": "FEMALE"}[p["sex"]]: 35,
                    {"M": "Male", "F": "Female"}[p["sex"]]: 15,
                },
            ),
            mobile_no=num if rnd.random() < 0.6 else "91" + num,
            alt_mobile_no=alt,
            poi_type=poi_type,
            poi_number=poi,
            address_line1=l1,
            address_line2=l2,
            address_line3=l3,
            city=self.case(city, "upper") if rnd.random() < 0.3 else city,
            district=a["district"] if rnd.random() < 0.8 else None,
            state=self.state_str(a["state"]),
            pincode=self.pin_str(a) if rnd.random() < 0.95 else None,
            email=(p["email"] or p.get("email2")) if postpaid and rnd.random() < 0.8 else None,
            activation_date=act.strftime("%d-%m-%Y"),
            status="Disconnected"
            if old
            else wpick(rnd, {"Active": 88, "Suspended": 7, "Ported Out": 5}),
            pos_code=self.pos_code(state),
            circle=STATES[state][1],
        )
        return year

    def pos_code(self, state):
        rnd = self.rnd
        key = (state, rnd.randrange(25))
        if key not in self.pos:
            self.pos[key] = (f"POS{rnd.randint(10**6, 10**7 - 1)}", self.mobile())
        return self.pos[key][0]

    def pos_mobile(self, state):
        key = (state, self.rnd.randrange(25))
        if key not in self.pos:
            self.pos[key] = (f"POS{self.rnd.randint(10**6, 10**7 - 1)}", self.mobile())
        return self.pos[key][1]

    def bank(self, p, second=False):
        rnd = self.rnd
        age = (TODAY - p["dob"]).days / 365.25
        year = rnd.randint(2018, 2025)
        opened = dt.date(year, rnd.randint(1, 12), rnd.randint(1, 28))
        full = p["pan"] is not None and rnd.random() < 0.8
        married = p.get("maiden") is None or year > 2019 or rnd.random() < 0.5
        if full:
            name = self.pan_name_of(p)
        elif married:
            name = p["aadhaar_name"]
        else:
            name = self.render(p, "legal", False)
        if rnd.random() < 0.1:
            name = self.respell(self.render(p, "legal", married), 0.2)
        name = self.typo(name, 0.03).upper()
        mob = p["mobiles"][0] if p["mobiles"] else self.family_mobile(p)
        if second and p["old_mobile"]:
            mob = p["old_mobile"]
        acct = mob or str(rnd.randint(6 * 10**9, 10**10 - 1))
        if p["mobiles"] and p["old_mobile"] and not second and rnd.random() < 0.3:
            acct = p["old_mobile"]  # opened with the old number, updated since
        email = p["email"]
        if email is None and rnd.random() < 0.5:
            # the son's or husband's e-mail
            for q, _ in self.relatives(p):
                if q["email"]:
                    email = q["email"]
                    break
        # nominee: a relative, with a phone sometimes
        rels = self.relatives(p)
        nom_name = nom_rel = nom_mob = None
        if rels and rnd.random() < 0.8:
            q, rel = rnd.choice(rels)
            nom_name = self.render(q, "legal" if rnd.random() < 0.5 else "typed").upper()
            nom_rel = rnd.choice(RELATION[rel])
            if q["mobiles"] and rnd.random() < 0.45:
                nom_mob = q["mobiles"][0]
        a = p["addr"] if rnd.random() < 0.75 else p["addr_aadhaar"]
        parts = self.addr_parts(a)
        l1, l2 = self.lines(parts, 2)
        dob = p["dob"] if full else p["aadhaar_dob"]
        state = a["state"]
        key = (state, rnd.randrange(15))
        if key not in self.agents:
            self.agents[key] = f"BC{rnd.randint(10**5, 10**6 - 1)}"
        self.add(
            "PB_CASA",
            p,
            CUST_ID=f"{rnd.randint(10**8, 10**9 - 1)}",
            ACCT_NO=acct,
            CUST_NAME=name,
            GENDER=p["sex"] if rnd.random() < 0.9 else None,
            DOB=self.dob_fmt(dob, "dmon" if rnd.random() < 0.7 else "dmy/")
            if rnd.random() < 0.97
            else None,
            PAN=p["pan"] if full else ("FORM 60" if rnd.random() < 0.3 else None),
            REG_MOBILE=mob,
            EMAIL_ID=email.upper() if email and rnd.random() < 0.3 else email,
            CKYC_NO=p["ckyc"] if full and rnd.random() < 0.7 else None,
            MASKED_AADHAAR=wpick(
                rnd,
                {f"XXXXXXXX{p['aadhaar'][-4:]}": 70, f"********{p['aadhaar'][-4:]}": 20, None: 10},
            )
            if p["aadhaar"]
            else None,
            COMM_ADDR1=l1.upper() if l1 else None,
            COMM_ADDR2=l2.upper() if l2 else None,
            COMM_CITY=self.city_str(a).upper(),
            COMM_STATE=STATES[state][0][0].upper(),
            COMM_PIN=a["pin"] if rnd.random() < 0.97 else None,
            NOMINEE_NAME=nom_name,
            NOMINEE_RELATION=nom_rel,
            NOMINEE_MOBILE=nom_mob,
            ACCT_TYPE=wpick(rnd, {"SAVINGS": 70, "WALLET": 20, "SAVINGS-REGULAR": 10}),
            KYC_TYPE="FULL KYC" if full else wpick(rnd, {"MIN KYC": 50, "AADHAAR OTP": 50}),
            ACCT_OPEN_DT=opened.strftime("%d-%m-%Y"),
            ACCT_STATUS=wpick(rnd, {"ACTIVE": 80, "DORMANT": 12, "CLOSED": 8}),
            BC_AGENT_ID=self.agents[key],
            AVG_MTHLY_BAL=f"{rnd.randint(0, 80000) * (1 if age > 25 else 0.2):.2f}",
        )

    def app(self, p, second=False):
        rnd = self.rnd
        mob = p["mobiles"][-1 if second and len(p["mobiles"]) > 1 else 0]
        if second and p["old_mobile"]:
            mob = p["old_mobile"]
        name = self.respell(self.render(p, "typed"), 0.12)
        name = self.typo(name, 0.04)
        name = self.case(name, wpick(rnd, {"title": 55, "lower": 30, "upper": 10, "keep": 5}))
        if rnd.random() < 0.03:
            name = name.split()[0]
        email = p["email"] if not second else (p["email2"] or p["email"])
        if email and rnd.random() < 0.02:
            loc, dom = email.split("@")
            email = self.typo(loc) + "@" + dom
        # UPI id: on the mobile, or on the name / e-mail's local part
        upi = None
        if rnd.random() < 0.75:
            if rnd.random() < 0.55:
                upi = f"{mob}@{wpick(rnd, UPI_HANDLES_MOBILE)}"
            else:
                if email and rnd.random() < 0.5:
                    loc = email.split("@")[0]
                else:
                    w = self.render(p, "typed").lower().replace(".", "").split()
                    loc = wpick(rnd, {"".join(w): 3, ".".join(w): 3,
                                      w[0] + str(rnd.randint(1, 99)): 2,
                                      f"{w[0]}{p['dob'].year % 100:02d}": 2})  # fmt: skip
                upi = f"{loc}@{wpick(rnd, UPI_HANDLES_NAME)}"
        d = TODAY - dt.timedelta(days=rnd.randrange(700))
        self.add(
            "UPI_APP",
            p,
            user_id=f"U{rnd.randint(10**8, 10**9 - 1)}",
            name=name,
            upi_id=upi,
            phone=f"+91{mob}" if rnd.random() < 0.6 else mob,
            email=email,
            date_of_birth=p["dob"].isoformat() if rnd.random() < 0.25 else None,
            last_recharge_amt=rnd.choice(
                ["149", "199", "239", "299", "349", "479", "666", "719", "2999", None]
            ),
            last_txn_on=d.isoformat() + f" {rnd.randint(0, 23):02d}:{rnd.randint(0, 59):02d}",
            device_os=wpick(rnd, {"Android": 88, "iOS": 10, "KaiOS": 2}),
        )

    def care(self, p, sim_num):
        rnd = self.rnd
        name = self.respell(self.render(p, "spoken"), 0.15)
        name = self.typo(name, 0.05)
        r = rnd.random()
        if r < 0.2:
            name = ("Mr " if p["sex"] == "M" else rnd.choice(["Mrs ", "Ms ", "Smt "])) + name
        elif r < 0.25 and p["addr"]["state"] in ("Uttar Pradesh", "Bihar", "Delhi", "Rajasthan"):
            name = name + " Ji"
        name = self.case(name, wpick(rnd, {"title": 60, "upper": 20, "lower": 10, "keep": 10}))
        # the number the caller called from
        calling = None
        r = rnd.random()
        own = sim_num in p["mobiles"] or sim_num == p["old_mobile"]
        if r < 0.6 and own:
            calling = sim_num
        elif r < 0.78 and p["mobiles"]:
            calling = rnd.choice(p["mobiles"])
        elif r < 0.85 and p["addr"]["landline"]:
            calling = p["addr"]["landline"]
        elif r < 0.95:
            calling = self.family_mobile(p) or (p["mobiles"][0] if p["mobiles"] else None)
        state = p["addr"]["state"]
        created = dt.datetime(2026, 1, 1) - dt.timedelta(
            days=rnd.randint(1, 900), minutes=rnd.randint(0, 1439)
        )
        if calling is None:
            cn = None
        elif calling == p["addr"]["landline"]:
            cn = self.fmt_landline(calling, p["addr"]["std"])
        else:
            cn = self.fmt_mobile(calling, wpick(rnd, {"plain": 70, "0": 20, "91": 10}))
        self.add(
            "CARE",
            p,
            ticket_no=f"TKT{rnd.randint(10**8, 10**9 - 1)}",
            created_on=created.strftime("%d/%m/%Y %H:%M"),
            caller_name=name,
            calling_number=cn,
            registered_number=sim_num,
            issue=rnd.choice(ISSUES),
            circle=STATES[state][1],
            language=LANGUAGES.get(state, "Hindi") if rnd.random() < 0.6 else "English",
            agent_id=f"AG{rnd.randint(1000, 9999)}",
            ticket_status=wpick(rnd, {"Closed": 75, "Resolved": 15, "Open": 6, "Reopened": 4}),
        )

    def records(self) -> pd.DataFrame:
        rnd = self.rnd
        for p in self.persons:
            if p["pan"] or rnd.random() < 0.2:
                p["ckyc"] = self.ckyc()
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            n0 = len(self.rows)
            for sim in p["sims"]:
                year = self.sim_kyc(p, sim)
                # the 2017-18 re-verification of old connections by Aadhaar: a second form
                if year < 2017 and not sim["old"] and rnd.random() < 0.45:
                    self.sim_kyc(p, sim, year=rnd.choice([2017, 2018]))
            if rnd.random() < (0.5 if age < 60 else 0.3):
                self.bank(p)
                if rnd.random() < 0.07:
                    self.bank(p, second=True)
            if p["mobiles"] and rnd.random() < (0.7 if age < 40 else (0.5 if age < 60 else 0.15)):
                self.app(p)
                if rnd.random() < 0.06 and (len(p["mobiles"]) > 1 or p["old_mobile"]):
                    self.app(p, second=True)
            # care tickets about the connections one uses; now and then a relative calls
            for sim in p["uses"]:
                for _ in range(rnd.choices([0, 1, 2, 3, 4], [40, 33, 15, 8, 4])[0]):
                    callers = [q for q, _ in self.relatives(p) if q["mobiles"]]
                    if callers and rnd.random() < 0.1:
                        self.care(rnd.choice(callers), sim["num"])
                    else:
                        self.care(p, sim["num"])
            if len(self.rows) == n0:  # everyone is in the file somewhere
                if p["mobiles"]:
                    self.app(p)
                else:
                    self.bank(p)
        df = pd.DataFrame(self.rows)
        return df.sample(frac=1.0, random_state=rnd.randrange(10**6)).reset_index(drop=True)


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def is_cust(p):
    """Whether p is one of the customers (not a parent or spouse known only by name)."""
    return p is not None and "pid" in p


def gf_inherit(gf):
    """What a son takes from his father's name: the family name, the native place."""
    return {"sn": gf["sn"], "vill": gf["vill"], "caste": gf.get("caste"), "hindu": gf.get("hindu")}


def kid_inherit(father):
    """A child's: the father's family name and native place, and the siblings' given names."""
    return {**gf_inherit(father), "siblings": father.get("kids", [])}


def maiden_inherit(father):
    return gf_inherit(father)


def india(persons: int = 4000, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    """The four systems' records in one frame (every value a string or None) and each one's person."""
    t = Telco(persons, seed)
    t.population()
    df = t.records()
    return records_and_truth(df, "rec_id")
