window.zonemap=JSON.parse('{"styles":{"governorates":{"stroke":false,"fillColor":"#fbfaf7","fillOpacity":1},"hover":{"stroke":true,"color":"#333","weight":2.5,"opacity":1},"borders":{"color":"#6b6b6b","weight":1,"opacity":0.8,"fill":false},"undof":{"color":"#444","weight":1,"dashArray":"2 3","fill":false},"country":{"color":"#222","weight":2,"fill":false},"neighbours":{"color":"#a3a3a3","weight":1,"fillColor":"#e9e7e1","fillOpacity":1},"lakes":{"stroke":false,"fillColor":"#cfe2f0","fillOpacity":1},"rivers":{"color":"#4f8fc0","weight":1.5,"opacity":0.9,"fill":false},"roads":{"color":"#7d5a3c","weight":2.5,"opacity":0.9,"fill":false},"lost":{"stroke":false,"color":"#6b6b6b","fillColor":"#ababab","fillOpacity":1}},"base":{"layers":[{"data":"neighbours","name":"Neighbouring countries","style":"neighbours","pane":"zm-ground","pointer":"tip"},{"data":"governorates","name":"Governorates","style":"governorates","pane":"zm-land","pointer":"hover"},{"data":"lakes","name":"","style":"lakes","pane":"zm-water","pointer":""},{"data":"rivers","name":"Rivers","style":"rivers","pane":"zm-water","pointer":"tip"},{"data":"governorates","name":"","style":"borders","pane":"zm-lines","pointer":""},{"data":"undof","name":"UNDOF area of separation","style":"undof","pane":"zm-lines","pointer":"tip"},{"data":"roads","name":"Highways (M4, M5)","style":"roads","pane":"zm-lines","pointer":""},{"data":"country","name":"","style":"country","pane":"zm-lines","pointer":""}],"towns":"Towns and places","labelPane":"zm-labels","tiles":{"name":"OpenStreetMap base map (online)","url":"https://tile.openstreetmap.org/{z}/{x}/{y}.png","attribution":"\u0026copy; \u003ca href=\\"https://www.openstreetmap.org/copyright\\"\u003eOpenStreetMap\u003c/a\u003e contributors","maxZoom":19,"pane":"zm-tiles"}},"governorates":[{"pcode":"SY01","tip":"Damascus · دمشق"},{"pcode":"SY02","tip":"Aleppo · حلب"},{"pcode":"SY03","tip":"Rural Damascus · ريف دمشق"},{"pcode":"SY04","tip":"Homs · حمص"},{"pcode":"SY05","tip":"Hama · حماة"},{"pcode":"SY06","tip":"Lattakia · اللاذقية"},{"pcode":"SY07","tip":"Idleb · إدلب"},{"pcode":"SY08","tip":"Al-Hasakeh · الحسكة"},{"pcode":"SY09","tip":"Deir-ez-Zor · دير الزور"},{"pcode":"SY10","tip":"Tartous · طرطوس"},{"pcode":"SY11","tip":"Ar-Raqqa · الرقة"},{"pcode":"SY12","tip":"Dar\u0026#39;a · درعا"},{"pcode":"SY13","tip":"As-Sweida · السويداء"},{"pcode":"SY14","tip":"Quneitra · القنيطرة"}],"undof":{"tip":"UNDOF area of separation (part of Quneitra)"},"country":{},"neighbours":[{"tip":"Akrotiri"},{"tip":"Armenia"},{"tip":"Azerbaijan"},{"tip":"Bulgaria"},{"tip":"Cyprus"},{"tip":"Cyprus U.N. Buffer Zone"},{"tip":"Dhekelia"},{"tip":"Egypt"},{"tip":"Georgia"},{"tip":"Greece"},{"tip":"Iran"},{"tip":"Iraq"},{"tip":"Israel"},{"tip":"Jordan"},{"tip":"Kuwait"},{"tip":"Lebanon"},{"tip":"N. Cyprus"},{"tip":"Palestine"},{"tip":"Russia"},{"tip":"Saudi Arabia"},{"tip":"Turkey"}],"rivers":[{"tip":""},{"tip":"Euphrates"},{"tip":"Jordan"},{"tip":"Tigris"}],"roads":[{"name":"M5 highway (Damascus - Aleppo)"},{"name":"M4 highway (Latakia - Saraqib)"}],"places":[["Damascus",36.29128,33.5102,1,"seat"],["Aleppo",37.16117,36.20124,1,"seat"],["Homs",36.72559,34.72405,1,"seat"],["Ḩamāh",36.75783,35.13179,1,"seat"],["Latakia",35.79088,35.53125,1,"seat"],["Idlib",36.63393,35.93062,1,"seat"],["Al Ḩasakah",40.74772,36.50237,1,"seat"],["Deir ez-Zor",40.14084,35.33588,1,"seat"],["Ţarţūs",35.88659,34.88902,1,"seat"],["Ar Raqqah",39.00788,35.95283,1,"seat"],["Dar‘ā",36.10213,32.61889,1,"seat"],["As-Suwayda",36.56951,32.70896,1,"seat"],["Al Qunayţirah",35.82461,33.12595,1,"seat"],["Sinjār",37.00472,35.59011,2,"town"],["Tall aḑ Ḑamān",37.25378,35.80776,2,"town"],["Banān",37.30234,35.97358,2,"town"],["Abū az̧ Z̧uhūr",37.0448,35.74058,2,"town"],["Kafr Nabudah",36.49278,35.43167,2,"town"],["Qal‘at al Maḑīq",36.39085,35.41465,2,"town"],["Khān Shaykhūn",36.65095,35.44208,2,"town"],["Mūrak",36.6897,35.37615,2,"town"],["Kafr Zaytā",36.6033,35.37425,2,"town"],["Al-Lataminah",36.6225,35.32083,2,"town"],["At Tamāni‘ah",36.74816,35.45846,2,"town"],["Ma‘arrat an Nu‘mān",36.67693,35.6483,2,"town"],["Ḩīsh",36.64356,35.54793,2,"town"],["Saraqib",36.80591,35.86447,2,"town"],["Afis",36.80419,35.9069,2,"town"],["Lislāmīn",36.9036,35.85691,2,"town"],["Az Zarbah",36.98012,36.06771,2,"town"],["Khan al-Assal",37.03917,36.16722,2,"town"],["Anadan",37.04444,36.29361,2,"town"],["Ḩuraytān",37.08527,36.28861,2,"town"],["Kafranbel",36.56449,35.61376,2,"town"],["Kafr Lāhā",36.49582,34.89469,2,"town"],["Talldaww",36.524,34.87632,2,"town"],["Ḩarbinafsah",36.62243,34.93745,2,"town"],["Ar Rastan",36.73241,34.92667,2,"town"],["Tallbīsah",36.73092,34.84072,2,"town"],["Teir Maalah",36.70694,34.80222,2,"town"],["Al-Dar al-Kabirah",36.68266,34.78631,2,"town"],["Al Ghanţū",36.69613,34.82202,2,"town"],["Dūmā",36.4027,33.57175,2,"town"],["An Nashābīyah",36.48569,33.51051,2,"town"],["Saqba",36.38444,33.51972,2,"town"],["Kafr Baţnā",36.37273,33.51168,2,"town"],["Zamalka",36.35278,33.52528,2,"town"],["Ḩarastā",36.36515,33.55869,2,"town"],["‘Irbīn",36.36635,33.53719,2,"town"],["Al Ḩirāk",36.30582,32.74948,2,"town"],["Dā‘il",36.13076,32.75355,2,"town"],["Al Musayfirah",36.33977,32.63263,2,"town"],["Al Jīzah",36.31544,32.57034,2,"town"],["Buşrá ash Shām",36.48163,32.5174,2,"town"],["Ţafas",36.06654,32.73709,2,"town"],["Al Muzayrīb",36.02751,32.71084,2,"town"],["Kafr Shams",36.10626,33.11807,2,"town"],["Inkhil",36.12828,33.01809,2,"town"],["Jāsim",36.06093,32.99125,2,"town"],["Nawá",36.03905,32.88646,2,"town"],["Ghaşam",36.37541,32.54583,2,"town"],["Şamād",36.52106,32.47637,2,"town"],["Kafr Nāsij",36.03877,33.15051,2,"town"],["Arīḩā",36.60964,35.81374,2,"town"],["Muḩambal",36.4721,35.78735,2,"town"],["Jisr ash Shughūr",36.31983,35.81418,2,"town"],["Bdāmā",36.19649,35.81151,2,"town"],["Al-Fu\'ah",36.70167,35.98167,3,"village"],["Kafriya",36.6775,35.98972,3,"village"],["Abu Dali",36.89,35.45,3,"village"],["Umm Khazem",36.89,35.423,3,"village"],["al-Hamamiyat",36.54,35.375,3,"village"],["Qubaybat Abu Huda",36.8886,35.3796,3,"village"],["Umm Haratayn",36.8886,35.4066,3,"village"],["Al-Hamdaniyah",36.8567,35.4279,3,"village"],["Tell Maraq",36.8011,35.4603,3,"village"],["Al-Khuwein",36.7812,35.4585,3,"village"],["Umm Miyal (al-Jabriya)",37.0448,35.6775,3,"village"],["Al-Rabi\'yah",37.0691,35.7154,3,"village"],["Abu al-Duhur airbase",37.1001,35.7406,3,"village"],["Atshana Sharqiya",37.04,35.965,3,"village"],["Tell Sultan",36.99,35.7852,3,"village"],["al-Jannabrah",36.4928,35.4155,3,"village"],["al-Bana",36.5231,35.4147,3,"village"],["Tell Othman",36.4784,35.4173,3,"village"],["Bab al-Taqa",36.4019,35.4417,3,"village"],["al-Sharia",36.3578,35.4147,3,"village"],["Tell Hawash",36.4418,35.4232,3,"village"],["Hawash (SY05)",36.4498,35.4263,3,"village"],["al-Jabriyah",36.4597,35.4317,3,"village"],["Sheikh Idris",36.4318,35.4207,3,"village"],["Jubb Sulayman",36.4107,35.4201,3,"village"],["al-Qasabiyah",36.4928,35.4677,3,"village"],["Hardanah",36.4498,35.4533,3,"village"],["Hasraya",36.5487,35.373,3,"village"],["al-Arbain",36.5399,35.3699,3,"village"],["al-Zakat",36.5575,35.3762,3,"village"],["Sakhar",36.517,35.42,3,"village"],["Tell Sakhar",36.517,35.4317,3,"village"],["Tell Sukayk (SY07)",36.7857,35.4321,3,"village"],["al-Habit",36.53667,35.44,3,"village"],["Sukayk",36.7281,35.4421,3,"village"],["Kafr Ain",36.5627,35.4421,3,"village"],["Tell Aas",36.5903,35.4421,3,"village"],["Umm Zaytunah",36.6013,35.4601,3,"village"],["Kafr Tab",36.5964,35.4867,3,"village"],["Madaya (Idlib)",36.6201,35.4673,3,"village"],["Tell Arjahi",36.598,35.4673,3,"village"],["Tell Nimr",36.651,35.4601,3,"village"],["Tell Tari",36.72,35.4224,3,"village"],["Latmin",36.6346,35.3762,3,"village"],["Lahaya",36.7009,35.321,3,"village"],["Khuwayn al-Kabir (SY07)",36.7812,35.4585,3,"village"],["Tell Khazna",36.89,35.477,3,"village"],["Umm Jalal",36.912,35.457,3,"village"],["al-Tah (SY07)",36.82,35.53,3,"village"],["Jarjanaz",36.7833,35.6167,3,"village"],["al-Sarman",36.841,35.619,3,"village"],["al-Ghadfah",36.7571,35.6686,3,"village"],["Khuwein al-Sha\'er",36.7923,35.4585,3,"village"],["Deir Sharqi",36.71139,35.605,3,"village"],["Deir Gharbi",36.7067,35.6175,3,"village"],["Maar Shamarin",36.7298,35.6201,3,"village"],["Tell Mannas",36.735,35.64111,3,"village"],["Maar Shamshah",36.71056,35.63528,3,"village"],["Kafr Rouma",36.6438,35.6483,3,"village"],["Khan al-Sabil",36.75639,35.7575,3,"village"],["Maarat Dibsah",36.76972,35.77889,3,"village"],["Kafr Batikh",36.72361,35.78194,3,"village"],["Tell Mardikh",36.798,35.798,3,"village"],["Jawbas",36.7621,35.8228,3,"village"],["Khan Tuman",37.0667,36.1248,3,"village"],["Nayrab",36.72028,35.86972,3,"village"],["Zitan",37.035,36.115,3,"village"],["Al-Eis",37.00056,35.99639,3,"village"],["Tell Touqan",36.9389,35.8645,3,"village"],["Kafr Amim",36.828,35.8413,3,"village"],["Regiment 46 base",36.95,36.1261,3,"village"],["Urum al-Kubra",36.95,36.14861,3,"village"],["Kafr Halab",36.8374,36.0455,3,"village"],["Miznaz",36.8153,36.0253,3,"village"],["Kafr Dael",37.0498,36.2113,3,"village"],["Hayan",37.0444,36.3296,3,"village"],["Kafr Hamra",37.0833,36.25,3,"village"],["Kafr Naha",36.95,36.1756,3,"village"],["Kafr Sajnah",36.5597,35.5528,3,"village"],["Hass",36.5944,35.6229,3,"village"],["Kafr Oweid",36.47,35.635,3,"village"],["Sufuhen",36.5172,35.6244,3,"village"],["Hazarin",36.4891,35.6483,3,"village"],["Dadikh",36.7255,35.7564,3,"village"],["Jabal Shahshabu",36.47,35.52,3,"village"],["Urum al-Sughra",36.95,36.1261,3,"village"],["Tell Dibs",36.7621,35.8228,3,"village"],["Deir Ful",36.84222,34.92417,3,"village"],["Rastan Engineering Battalion and 47th Brigade positions",36.732,34.945,3,"village"],["al-Zafaraneh",36.764,34.901,3,"village"],["Tulaf",36.56,34.925,3,"village"],["Tell Dahab",36.52,34.905,3,"village"],["al-Zara",36.68,34.93,3,"village"],["Hazrama",36.4971,33.5201,3,"village"],["Jobar",36.33711,33.531,3,"village"],["Harasta vehicles base",36.366,33.548,3,"village"],["Tell Farzat",36.4857,33.5105,3,"village"],["Hawsh al-Salihiyah",36.4914,33.5153,3,"village"],["Hawsh al-Dawahra",36.4198,33.5591,3,"village"],["Hawsh al-Zariqiyah",36.4368,33.5396,3,"village"],["Otaya",36.4584,33.5396,3,"village"],["Air Defense Battalion base",36.4669,33.5298,3,"village"],["Beit Sawa",36.39972,33.53778,3,"village"],["Hawsh al-Ash\'ari",36.3997,33.5198,3,"village"],["Misraba",36.3845,33.5545,3,"village"],["Mudayra",36.3748,33.5566,3,"village"],["Hamouriyah",36.38,33.53,3,"village"],["Jisreen",36.3879,33.5031,3,"village"],["Hazzeh",36.3566,33.5117,3,"village"],["Douma southern and western farms",36.3936,33.5631,3,"village"],["Adwan",36.0,32.81,3,"village"],["al-Lajat",36.34,32.9326,3,"village"],["Busra al-Harir",36.34,32.8425,3,"village"],["Mlayhat al-Atash",36.29,32.83,3,"village"],["Nahitah",36.3229,32.796,3,"village"],["al-Mlayha al-Gharbiyah",36.34469,32.75151,3,"village"],["Rakham",36.3478,32.7194,3,"village"],["al-Sawara",36.253,32.7463,3,"village"],["Alma",36.255,32.745,3,"village"],["Ibtaa",36.1525,32.79167,3,"village"],["Umm Walad",36.43194,32.65778,3,"village"],["al-Karak al-Sharqi",36.35083,32.68722,3,"village"],["al-Ghariyah al-Sharqiyah",36.25806,32.67833,3,"village"],["al-Ghariyah al-Gharbiyah",36.205,32.678,3,"village"],["al-Sahwah",36.36778,32.59611,3,"village"],["Kahil",36.33,32.63,3,"village"],["Saida",36.2088,32.6189,3,"village"],["al-Mataiyah",36.29278,32.49611,3,"village"],["Nasib",36.1926,32.5424,3,"village"],["al-Naimah",36.1448,32.6189,3,"village"],["Umm al-Mayadhin",36.1738,32.5584,3,"village"],["Tayba",36.2333,32.5273,3,"village"],["Tell Shihab",35.9667,32.6833,3,"village"],["al-Yadudah",36.047,32.646,3,"village"],["Tariq al-Sadd",36.1,32.607,3,"village"],["Daraa camp",36.103,32.611,3,"village"],["Mashara",35.96361,33.13639,3,"village"],["Tell al-Harra",35.99194,33.06278,3,"village"],["al-Harra",36.0033,33.0532,3,"village"],["Aqraba",36.00778,33.10972,3,"village"],["al-Sheikh Saad",36.035,32.83583,3,"village"],["Nab\' al-Sakhr",35.9,33.06,3,"village"],["Umm Batna",35.885,33.13,3,"village"],["Jubata al-Khashab",35.83167,33.22556,3,"village"],["Turunjah",35.81,33.24,3,"village"],["Bariqa",35.87111,33.04306,3,"village"],["Bir Ajam",35.86712,33.05324,3,"village"],["Trumba",36.78374,35.86447,3,"village"],["Musaybin",36.64287,35.81374,3,"village"],["Urum al-Jawz",36.59,35.77747,3,"village"],["Ain al-Hour",36.164,35.789,3,"village"],["Iraq",41.6066,33.0818,1,"country"],["Israel",35.3309,32.7861,1,"country"],["Jordan",38.3637,32.4702,1,"country"],["Lebanon",36.0357,34.1712,1,"country"],["Palestine",35.2917,32.1897,1,"country"],["Saudi Arabia",39.2158,31.8599,1,"country"],["Turkey",37.3267,37.3393,1,"country"],["Mediterranean Sea",35.45,34.65,1,"sea"],["M5",36.7499,34.2692,1,"road"],["M5",36.6549,35.4732,1,"road"],["M4",36.0735,35.7265,1,"road"],["M4",36.5026,35.7848,1,"road"]],"paths":{"units":10000,"coarse":1000,"governorates":["ghz|Aa{t}@~HwEjAlDoH|HrIdD~E]jBvHcPpHiLNuWhFkKa@eFuHL{D[{H~BuJfIkIp@qElGn@~YrL","}w{}A{j~{@IaAFyAZgBpA_D`AeAdAe@jUeBfBm@PcBIuCiA{Hq@oCm@_BaBy@yB@sBh@mC`BwInHcBv@{@NwBWqAqAa@sBIcATed@~@qNhB_O?KnByQxAoHhD{IzOsX~BoChD}Cd\\\\qSfc@eSrhAgKpOShKcBhQmHlFeClA_A|CgDvCuE`CyFnD}KvHeNt@wB`@wBRaCSwEy@yGmDkO_C{FaCqDmEoE{DqF{DgIyPyMs@sAScBVwDTwAr@yB~@qEbBuFdBmCzGaH|OqWnBiCzBqEnKq]hJsp@nAmRIkD[sB_AiCqEmGktAizAl|DQtd@rD|RzDnFjBfe@zY`hAiDzXHfB\\\\xBz@|NvIzd@hLpQvFfAp@tErExA~@lAl@tBf@fAh@~LxOnAtBr@xHf@rB~AdC|B~FlErSgAzBwAdAaDdAgCfBuBfCs@fB[jCJbCh@fAdAlA|K`H|GtGnDpBxE\\\\|Bl@zAfBnBfDpUvg@vV~a@\\\\dCArCZhPv@tFtAnAfCbBdd@jP~BpA`CrB`CvCfBpEfHbKoDjH{MbKkAvAaA`BeApA{@p@kCpAg@f@iBjC{G~GgA|Ay@jBg@fC@~Ax@vBrJ~MtLzKjAvC^nGNz@v@fBj@d@fAF`BYhHcFfAWlMBjNiBpD_BdDbEfFzArMn@nCnC_A@oA~C{AhGAzCNbCd@xBdAtBdAp@~EdBbBvAhAdClG~\\\\b@bH{@fGgLhTaAzVHrW_ElViD|Ko@zIKvI}@hKoDzIgFxH_DvIn@pLcCFeCQgqAu[a[y@oG_A{GoBkG{CkSaRoBcFOqJzBwPs@kEkGoFwG{CeCf@mBdD{E~EkGxBiFSiFgAiGa@g[hF{HXggAkLqQCw`@xTu^lS}Y~JshAvNgfAx_@mKjBcr@t_@y\\\\rJeNr@e\\\\wBmsAoX_UgK_n@wp@wD{W","it_}A{{h}@wIdEgFj@mI@cAK}FoCm^cC_CC_@HqN|GmLdCiBLcACqAgAmDcGy@aByHiKeEeEsE}H{FiGsAqB}AuDuEmIqA{C{B{DUu@mCqFc@{Ak@gAiBwAeBmDiN{L}CwBeBq@gj@gXoCo@cAMuCAwGb@{GcBqAy@i@qByAyEu@aBcV_e@cBuAwEqCsb@yb@qFuCmCmB_j@_g@uAsCiCgIUiBiBeHq@iBmAgF_]wg@e]mVoKaFiCeB{E_BsOeCmCy@mFe@yDsAwAu@gJ_HmLmGctDkpCtd@yVjlAwo@?Arw@oc@bkAcp@dkA_p@|g@iYpF|H~BhCtT|Nj{@`|@l@jARvA~@fWj@dDl@lBz@~AbBhB~EhAvKPdAQpAgAnAYvDrArUdLXfBxAfBtAbDrAnAz@tA`@zAB`BKdCj@hB~@t@dD|AdCnBfAj@z[hErA@rF^p@XbHxEz@zA\\\\bCFtC|@fEn@hAtN|Nv@bB\\\\fENz@v@jB~CtDj@`@zK~EzB`BrBvB~@p@|CzCjoBiO`@rDFrGXzAj@nA`NpPt@dB|@nEbAhCjAjAjBCnFeDxBsC|TuL|@i@jLiKl@eAPy@LwDf@eBz@c@zDVnJhB|@`@jApAlCxA^l@z@dCjAnAvA\\\\bGb@lB|@d@nANlDTx@x@x@vCnA~@t@dArApBdEd@h@p@Vh@Yj@y@dA}CXaCs@{D?cCh@{BpAsCt@eCdCaArQiEtEqBz@Sfb@{AVMpE{DvA_AhCw@nAKpGDzATr@~@tAbD|AnAtH|BUpBElAD`GMlCHlCzA|@rDZdDFfIz@`AIv@Wd@g@z@mD\\\\m@`Ap@vAlETvA?nCQdB[`Ba@hAy@|AgAtAKv@tCdBpQtHpBrG`ArE?`FaA`FoCxDiFjDwBdCm@~Cj@|FeGzCwLtJcF~O`EzIaD`FoIjBmICmGzBcH`E{EbGk@zHzB`ElFnDdGbChEv@jIxDzHz@zDtBu@jJy@z@yDdAaA`Ag@bDh@tHSnCiBvCcGnFwA`EaEdHwMrK}DjJmCxDcF|AgGdAuFhB}NxH}Au@uDcFqBiAiHFcFhCeE`DwEpAwFo@yUgJyO_CoGj@kD`FZ~IrFvCnP|A`LfIxAhBzA`DV|@oHjRcEpH}EtGuPpNyMxQkHxCcDMoHqBcEFgFtBmA|C[hEqApFuG`J}R`PgIhPqKzLFPaHtA uk{|Aeju}@q@pEgIjI_CtJZzHMzDdFtHjK`@tWiFhLObPqHkBwH_F\\\\sIeDnH}HkAmD_IvE_ZsLmGo@","ule~Aykx|@aMyPe[c{@m@_DEcDxAi^GsDeAaDw@gBghAugBoyFkhJx^gRbp@u\\\\bp@u\\\\haBiz@bp@q\\\\dp@s\\\\bp@q\\\\dp@q\\\\bp@q\\\\bp@q\\\\dp@o\\\\bp@o\\\\zkBwbA`~Aa{@btDjpClLlGfJ~GvAt@xDrAlFd@lCx@rOdCzE~AhCdBnK`Fd]lV~\\\\vg@lAfFp@hBhBdHThBhCfItArC~i@~f@lClBpFtCrb@xb@vEpCbBtAbV~d@t@`BxAxEh@pBpAx@zGbBvGc@tC@bALnCn@fj@fXdBp@|CvBhNzLdBlDhBvAj@fAb@zAlCpFTt@zBzDpAzCtElI|AtDrApBzFhGrE|HdEdExHhKx@`BlDbGpAfAbABhBMlLeCpN}G^I~BBl^bC|FnCbAJlIAfFk@vIeE`HuAjAfDvItIzAvFbAbIiB|EiC|D]~EhAdC|ATfBGbBj@vCdDrHpLdAbCd@hCKlC_BjDe@tBq@xGK~DlAvC`F`DfBc@dBbAlE~FpFhB|D~ClC~EzA`H`EdAdK\\\\~KQxH_BtBJtDvImF|FeKrEsGzEaAlGP~F]lEqEbCqE}@wCyBcBnAw@~OvIoB~IEnIrB~G`GlIbRrEhCfHmEl@eCDqIt@}C`CmClC_AxYo@tA\\\\fD|BfA^vAUhDgB|@SlRl@a@tDUvI_@tBi]bv@iI`McAp@{AXkB~A_F|GoJbIiAlBAtCZfDKfC]vCk@vBiB|AmBn@eGnA}A{CAs@x@s@vAuBBiAyAWeBiB_C_EaAiAw@e@w@Tg@b@cDhFg@d@uAVgB@}Ay@eBiDsL_BwB^a@n@kBzB[fA?tCi@hBkA~Ag@fBLlBChC}I`KmBzDqBxC_Ah@cC`@aBAgBu@e@e@Y{AP{@pAuBRy@EaAk@_@cDUm@a@Yw@AoBkAwAcCy@qCWwA`@gDfBaIhAwTY}a@vPkCt@SKyAA}BZoBBgAK}L`@y@P}DpDsAd@uARcEF_AXqElCyA^yANqCSuDu@sEqDoAyBuLgZ}IuWeHfBuAl@cU|P}A|@{Bb@qFRmBl@{CjE}A`AgBE{@SmC_BsBm@sB_Ak@ZUbBs@|@wAlAkI`FmA`@mBGy@UcB}@gAqAw@qCuAsCeAq@{Bw@iDk@aBFwAbAmApAs@jBu@`FWr@{BtB]n@a@hCy@lBk@`@iAVyC?}Ew@eA^KvBWx@eA~A_Bj@w@UoCaBkB_@{BMgBXuAf@}BxAwBj@qA?yDZsA?iBUeDF}B[k@e@cC}Eo@eAyAk@sBWaBJs@h@i@jBNdC`AnEHdA@`Ma@nFcAlD{AhBaBbAuGtCyL|H}Al@mAX}DAaEh@sSjF{c@tGcBE{BiAuAkAaDaEcAs@sBk@gAIyGC_ASiAm@wAmBk@iAw@mC]o@mAoA[q@aAwFSaBMsDk@eFUy@s@_A{BsBiAo@cXuS}AgB_C_EePeUoAqAsABiC~@eGdHc@pAO~@y@fB]vAMrCHrDS|@gA~BuAlEsAlBg@rASvDy@hAcKjJkFrDqy@dYeBxAq@pAjAbQAnCUvCc@jCaA|Du@rB{IbOgC|FwCjJaA|Gk@r{@RlHmf@tCsaCcI{vF_bAyk@sc@","krz|Amvn|@a@e@qBuAkBc@mBMwDPgDx@gBt@wBJy@Us@k@oAcBaAsC_@uBYs@aE}@kRSeB}@UaFxA_WhEq\\\\ZuHuB{c@V{Ax@kBL}@uH}TeAoH{AgBsHwAmNrFaAF}A_@{F}BsAmAo@iBe@oBs@eBqAoA_Ce@oCKqGPkCQu\\\\gG{UYqt@tMaC?qBo@iL_KmA{Cw@cBsAkAwC_BaBiC{@WwABoCZgBF_B`@uAz@yF`KsHrHs@~@sBvEg@j@m@XeAOqAqAu@cB]{BKcCJoCPeAfC_HNcAAeCs@uFEcAAsEi@kB}AiA}Be@iC@_Id@iHKgAJmC|@k@l@uBfEoAdByAbAoB`@_AGwBe@k@BUn@IvUP`Cj@jBtAdAz@Jt@Kl@_@hAyArAiDdAyAjBm@`AE`C^rAnANv@CnCe@tBqGtQgA~BqArAyDpBcHbCcBx@uApB}IrRwClJsAfCkGrC{d@iL}NwIyB{@gB]{XIahAhDge@{YoFkB}R{Dud@sDm|DPwPiLcDoDyEmISmHj@s{@`A}GvCkJfC}FzIcOt@sB`A}Db@kCTwC@oCkAcQp@qAdByApy@eYjFsDbKkJx@iARwDf@sArAmBtAmEfA_CR}@IsDLsC\\\\wAx@gBN_Ab@qAdGeHhC_ArACnApAdPdU~B~D|AfBbXtShAn@zBrBr@~@Tx@j@dFLrDR`B`AvFZp@lAnA\\\\n@v@lCj@hAvAlBhAl@~@RxGBfAHrBj@bAr@`D`EtAjAzBhAbBDzc@uGrSkF`Ei@|D@lAY|Am@xL}HtGuC`BcAzAiBbAmD`@oFAaMIeAaAoEOeCh@kBr@i@`BKrBVxAj@n@dAbC|Ej@d@|BZdDGhBTrA?xD[pA?vBk@|ByAtAg@fBYzBLjB^nC`Bv@T~Ak@dA_BVy@JwBdA_@|Ev@xC?hAWj@a@x@mB`@iC\\\\o@zBuBVs@t@aFr@kBlAqAvAcA`BGhDj@zBv@dAp@tArCv@pCfApAbB|@x@TlBFlAa@jIaFvAmAr@}@TcBj@[rB~@rBl@lC~Az@RfBD|AaAzCkElBm@pFSzBc@|A}@bU}PtAm@dHgB|ItWtLfZnAxBrEpDtDt@pCRxAOxA_@pEmC~@YbEGtASrAe@|DqDx@Q|La@fAJnBC|B[xA@RJjCu@|a@wPvTX`IiAfDgBvAa@pCVbCx@jAvA@nBXv@l@`@bDTj@^D`ASx@qAtBQz@XzAd@d@fBt@`B@bCa@~@i@pByClB{D|IaKBiCMmBf@gBjA_Bh@iB?uCZgAjB{B`@o@vB_@rL~AdBhD|Ax@fBAtAWf@e@bDiFf@c@v@Uv@d@`AhA~B~DdBhBxAVChAwAtBy@r@@r@|AzCt@rBbAvAjJbGv@t@dA|Cv@pFtAvErAd@|BZbPs@dFJvS`CdBrMsCzAoCDcCYuBJeC`BmBj@_CRw@TwA`Ay@RgEPu@\\\\aBrBsCnBo@~@k@bBuBpK@jGbD`_AFjIb@dTlJ`v@jFbTvAnIH~@qGb{@w@lc@f@bPd@bEb@pBp@dBfDdFVt@EfAi@zAoCrCwEvCe@lA[lBWxL{@xCeFjEcA{B","idy|Akpm|@pAcFHaASyB}@o@_Be@mESmBDmANyBl@uBZg]n@cAQy@e@q@cAScAJkCjBmCdJqFdFkEz@yCVyLZmBd@mAvEwCnCsCh@{ADgAWu@gDeFq@eBc@qBe@cEg@cPv@mc@pGc{@I_AwAoIkFcTmJav@c@eTbPnG|DPbEwB`DeAxaAgDbBVxKdJzEjCbRnE`FjMaEhQdAfHfBhb@_@zFnCjClTb\\\\bHnClCjBz@hDjBbBbFc@zEsAlAk@xCnAUbEgAnFMpEtAxApNjGWtA_@lDa@`BxA?`EkB?jB{GdB{GtDwEzFqAvH^bE|BnFZvEmA~BkIlBcPd`@Y|ABxKz@nItCzK~D~JzDzFmTk@uInAoCdG{@pIqJlPgCm@wGv@_HhBuGj@qDkECaFj@eFa@qEcDmC{Eu@}LKcLeE{X{QmFj@IcA","gsg}Aagr|@rAgCvCmJ|IsRtAqBbBy@bHcCxDqBpAsAfA_CpGuQd@uBBoCOw@sAoAaC_@aADkBl@eAxAsAhDiAxAm@^u@J{@KuAeAk@kBQaCHwUTo@j@CvBd@~@FnBa@xAcAnAeBtBgEj@m@lC}@fAKhHJ~He@hCA|Bd@|AhAh@jB@rEDbAr@tF@dCObAgC~GQdAKnCJbC\\\\zBt@bBpApAdANl@Yf@k@rBwEr@_ArHsHxFaKtA{@~Aa@fBGnC[vACz@V`BhCvC~ArAjAv@bBlAzChL~JpBn@`C?pt@uMzUXt\\\\fGjCPpGQnCJ~Bd@pAnAr@dBd@nBn@hBrAlAzF|B|A^`AGlNsFrHvAzAfBdAnHtH|TM|@y@jBWzAtBzc@[tHiEp\\\\yA~VT`FdB|@jRR`E|@Xr@^tB`ArCnAbBr@j@x@TvBKfBu@fDy@vDQlBLjBb@pBtA`@d@bAzBeJpFkBlCKjCRbAp@bAx@d@bAPf]o@tB[xBm@lAOlBElER~Ad@|@n@RxBI`AqAbFHbAa@D}CdOwAte@wH|NiMdDuI_BaFt@wBnRyGpBqP{EmHdBb@pNk@pnA[`GqAdCsBrBQvCjEpFcDdDsDuEqD_CcEaAeKu@sAYmA?wBv@cAbBS|Bs@pB_Dv@cGf@w`@eDmGEo^~DqArCLjKr@xFbBbHhCjGqD~AkNhBmMCgAViHbFaBXgAGk@e@w@gBO{@_@oGkAwCuL{KsJ_Ny@wBA_Bf@gCx@kBfA}AzG_HhBkCf@g@jCqAz@q@dAqA`AaBjAwAzMcKnDkHgHcKgBqEaCwCaCsB_CqAed@kPgCcBuAoAw@uF[iP@sC]eCwV_b@qUwg@oBgD{AgB}Bm@yE]oDqB}GuG}KaHeAmAi@gAKcCZkCr@gBtBgCfCgB`DeAvAeAfA{BmEsS}B_G_BeCg@sBs@yHoAuB_MyOgAi@uBg@mAm@yA_AuEsEgAq@qQwFjGsC","mhk~Aas}{@k~A|b@ek@rY_OnDsObBuOxFs^hTyy@rf@_HpDmHrBuH~@eIPkS|Dmz@b`@_UlGirAjKaiBkT{ReGqHqAwzBzDexDzj@cq@zJmRvJo`@r^iUr\\\\mEzBcGnE_DcEQmEVqDOkAaEa@oLqEoAf@yA`B}AjAwAY}@_BgAmD}@_BeNgK_Bs@{AaF|Fe^aDcFoBkB[{FIwN{AqEiBwDqAeECcG|LwIl[cZBCxl@gp@zwAk~Azz@c_AvJaIdKwDzhCm\\\\x[yCbLcE|GkKff@{kArByMhMeiCAeHw@oHmJyYia@}iA{CsPaA_Q{@gjAlAcP~EqO~MsU~p@bFhvAdA~`@~E|N~DlZ~DdGtBfMnG|kIleIpv@zw@d`@fv@rHtTXbFf@zBzApCxC~CtZrNzg@`PjCPxBW|EwAtB]bG]vCJpC`@vBx@~DhDpUd\\\\|BdHlId^ynCrZ","ka`_Bsas|@BC`CkO|Bet@pQibAjCc`@}AceBwBu}A^eMxBkLhkAasC?A~Nkb@`IkM~KoGdlBk\\\\b`Aqf@dp@y\\\\bp@w\\\\naAeg@nyFjhJfhAtgBv@fBdA`DFrDyAh^DbDl@~Cd[b{@`MxPxk@rc@u{DntGwBfFrBv@|KtG`Bf@AtDuCz`@mj@tfE_\\\\faCsHuTe`@gv@qv@{w@}kImeIgMoGeGuBmZ_E}N_E_a@_FivAeA_q@cF|Ss^","qsv|Aagw|@{EkCyKeJcBWyaAfDaDdAcEvB}DQcPoGGkIcDa_AAkGtBqKj@cBn@_ArCoB`BsBt@]fEQx@SvAaAv@U~BSlBk@dCaBtBKbCXnCErC{AeBsMwSaCeFKcPr@}B[sAe@uAwEw@qFeA}Cw@u@kJcGcAwAu@sBdGoAlBo@hB}Aj@wB\\\\wCJgC[gD@uChAmBnJcI~E}GjB_BzAYbAq@hIaMh]cv@^uBTwI`@uD`JXvJu@bIFtHxAvFjEfBn@zBb@tDGz@`IbGxOzAlMjC|F\\\\xC?bUh@jBxFlLv@lDlAjJhMte@uAl@IpAuAnBWvBVvBtAnB?tBkAvA^Xj@zBqBrFqA|BqBpBiAfGl@|FrAfFp@dE?~XyAlE{Sj_@mHlH`CrMxH|RcRoE","a_|}As_~{@aZeMg^_CggAlByH|AeVr@icAaV{V^yxAdPmIe^}BeHqUe\\\\_EiDwBy@qCa@wCKcG\\\\uB\\\\}EvAyBVkCQ{g@aPuZsNyC_D{AqCg@{BYcF~[gaClj@ufEtC{`@@uDaBg@}KuGsBw@vBgFt{DotGzvF~aAraCbIlf@uCxElIbDnDvPhLjtAhzApElG~@hCZrBHjDoAlRiJrp@oKp]{BpEoBhC}OpW{G`HeBlCcBtF_ApEs@xBUvAWvDRbBr@rAxPxMzDfIzDpFlEnE`CpD~BzFlDjOx@xGRvES`Ca@vBu@vBwHdNoD|KaCxFwCtE}CfDmA~@mFdCiQlHiKbBqORshAfKgc@dSe\\\\pSiD|C_CnC{OrXiDzIyAnHoBxQ?JiB~N_ApNUdd@HbA`@rBpApAvBVz@ObBw@vIoHlCaBrBi@xBA`Bx@l@~Ap@nChAzHHtCQbBgBl@kUdBeAd@aAdAqA~C[fBGxAH`AvDzW{KsL","ct~|Am|y}@rBWnKn@rCKrF{DpAkAbAuAh@mAj@{CAyAe@uBOgB^eE@_B]yBi@qB_BsES{@QeCEgGS{@q@_Aq@YgAC{EnAcBJaAIk@_@k@kBSsKM}@yAaE]wARgAbBMdYv@|Pc@vCi@hBs@tLmIbE}DhDeBbFiDnAgBCeAiAcEEaAH_AtBgFX_CKgBc@uBc@oD}F_Rs@oDLw@`@w@?kGoBkb@vCmC`@sAJsDUqCw@wBk@u@iB_@eCMyE{A}@O{G[}CkAyD}BaAgAa@w@@iA\\\\}BXo@pAiAtCsAzAgB~Aw@pDw@z@y@RwAKkAsA_EKs@|@}DZcD]oAiFe@_FCkGl@eBS{AkBu@k@oAc@_@AiFZeDeGUcBhByCjAgDDcBeAiBcE_FmCaFs@eCJmCLaA~AeIHkAi@mXHk@x@_NEeBdO|@fFpC~WnAxGtApEvB~e@bd@t[xRnMrMxCtAhAW~CsCfAa@rANrCx@xAHlOgAtJJr@J@fAnAdE~Rn]dCzGJzHk@~G`A~DjIXlEe@tCr@zBtB`C`Du@Gm@bAQlBTnBt@\\\\vDAdAVtFxFfCnAvn@bJ`CfDz@p@fALoHvLwIpEyA|CiHrLmApCP|AeB|CmVtTiL|IgAdBOdBh@jIj@bD|@|AWpA{@r@wA`@{FL_BUe@g@c@qBa@m@eAm@q@G_@h@R`D|AjHXz@v@|@~@zAlAjDbDtFdA`DG|BkDf`@OV}AxEqD`HVpB`A`ClA|AhErCLXIlDoBhSuH}B}AoAuAcDs@_A{AUqGEoAJiCv@wA~@qEzDWLgb@zA{@RuEpBsQhEeC`Au@dCqArCi@zB?bCr@zDY`CeA|Ck@x@i@Xq@We@i@qBeEeAsA_Au@wCoAy@y@Uy@OmDe@oAmB}@cGc@wA]kAoA{@eC_@m@mCyAkAqA}@a@oJiB{DW{@b@g@dBMvDQx@m@dAkLhK}@h@}TtLyBrCoFdDkBBkAkAcAiC}@oEu@eBaNqPk@oAY{AGsGa@sDrGkC","cmb}Awgy}@}C{C_Aq@sBwB{BaB{K_Fk@a@_DuDw@kBO{@]gEw@cBuN}No@iA}@gEGuC]cC{@{AcHyEq@YsF_@sAA{[iEgAk@eCoBeD}A_Au@k@iBJeCCaBa@{A{@uAsAoAuAcDyAgBYgBsUeLwDsAoAXqAfAeAPwKQ_FiAcBiB{@_Bm@mBk@eD_AgWSwAm@kAk{@a|@uT}N_CiCqF}Hfb@sU`kA}o@hp@q^~bAok@lfAap@tD_AfEHl[nFrHFtFqC`OdKx{@nFDdBy@~MIj@h@lXIjA_BdIM`AKlCr@dClC`FbE~EdAhBEbBkAfDiBxCTbBdDdGhF[^@nAb@t@j@zAjBdBRjGm@~EBhFd@\\\\nA[bD}@|DJr@rA~DJjASvA{@x@qDv@_Bv@{AfBuCrAqAhAYn@]|BAhA`@v@`AfAxD|B|CjAzGZ|@NxEzAdCLhB^j@t@v@vBTpCKrDa@rAwClCnBjb@?jGa@v@Mv@r@nD|F~Qb@nDb@tBJfBY~BuBfFI~@D`AhAbEBdAoAfBcFhDiDdBcE|DuLlIiBr@wCh@}Pb@eYw@cBLSfA\\\\vAxA`EL|@RrKj@jBj@^`AHbBKzEoAfABp@Xp@~@Rz@DfGPdCRz@~ArEh@pB\\\\xBA~A_@dENfBd@tB@xAk@zCi@lAcAtAqAjAsFzDsCJoKo@sBVsGjCkoBhO","sfu|Ayav}@l@_DvBeChFkDnCyD`AaF?aFaAsEqBsGqQuHuCeBJw@fAuAx@}A`@iAZaBPeB?oCUwAwAmEaAq@]l@{@lDe@f@w@VaAHgI{@eDGsD[{A}@ImCLmCEaGDmATqBnBiSHmDMYiEsCmA}AaAaCWqBpDaH|AyENWjDg`@F}BeAaDcDuFmAkD_A{Aw@}@Y{@}AkHSaD^i@p@FdAl@`@l@b@pBd@f@~ATzFMvAa@z@s@VqA}@}Ak@cDi@kINeBfAeBhL}IlVuTdB}CQ}AlAqChHsLxA}CvIqEnHwLrASxAk@yJvPgUlYmBpLv@rEeDvNsFdLeBZgE|JlIjPlArE|Dlq@m@`FtO~E?zF{CzF{CjIj@hN`IfEv@xWnKvGbBdC}MbT~OtJuHnCoBvBgFjDa@`Fk@|AUtGmAhBPxAwT`Lk@}F"],"undof":"mzt|Asxw}@H_D`AqCbBoAbBg@bBaAKaAkJYmAu@a@s@oBuQaAeEsGsJm@{A?cAxA{A?mAa@}Am@g@_@?wA`Aw@MmAs@U{Au@}AHcO|EyBj@aAUaAu@aAmA??uBnD?vHg@t@sLqDen@iHwBmJmHdDyItH{HdLuXfEcVUgBlAqChHsLxA}CvIqEnHwLlD_AyJvPgUlYmBpLv@rEeDvNsFdLeBZgE|JlIjPlArE|Dlq@m@`FtO~E?zF{CzF{CjIj@hN`IfEv@xWnKvGbBdC}MbT~OtJuHnCoBvBgFjDa@`Fk@|AUtGmAhBPxAwT`Lk@}Fl@_DvBeChFkDnCyD`AaF?aF{DwN_@qC","country":"{r_}Am{d|@rMn@nCnC_A@oA~C{AhGAzCNbCd@xBdAtBdAp@~EdBbBvAhAdClG~\\\\b@bH{@fGgLhTaAzVHrW_ElViD|Ko@zIKvI}@hKoDzIgFxH_DvIn@pLcCFeCQgqAu[a[y@oG_A{GoBkG{CkSaRoBcFOqJzBwPs@kEkGoFwG{CeCf@mBdD{E~EkGxBiFSiFgAiGa@g[hF{HXggAkLqQCw`@xTu^lS}Y~JshAvNgfAx_@mKjBcr@t_@y\\\\rJeNr@e\\\\wBmsAoX_UgK_n@wp@{KsLaZeMg^_CggAlByH|AeVr@icAaV{V^yxAdPynCrZk~A|b@ek@rY_OnDsObBuOxFs^hTyy@rf@_HpDmHrBuH~@eIPkS|Dmz@b`@_UlGirAjKaiBkT{ReGqHqAwzBzDexDzj@cq@zJmRvJo`@r^iUr\\\\mEzBcGnE_DcEQmEVqDOkAaEa@oLqEoAf@yA`B}AjAwAY}@_BgAmD}@_BeNgK_Bs@{AaF|Fe^aDcFoBkB[{FIwN{AqEiBwDqAeECcG|LwIl[cZBCxl@gp@zwAk~Azz@c_AvJaIdKwDzhCm\\\\x[yCbLcE|GkKff@{kArByMhMeiCAeHw@oHmJyYia@}iA{CsPaA_Q{@gjAlAcP~EqO~MsU|Ss^BC`CkO|Bet@pQibAjCc`@}AceBwBu}A^eMxBkLhkAasC?A~Nkb@`IkM~KoGdlBk\\\\b`Aqf@dp@y\\\\bp@w\\\\naAeg@x^gRbp@u\\\\bp@u\\\\haBiz@bp@q\\\\dp@s\\\\bp@q\\\\dp@q\\\\bp@q\\\\bp@q\\\\dp@o\\\\bp@o\\\\zkBwbA`~Aa{@td@yVjlAwo@?Arw@oc@bkAcp@dkA_p@|g@iYfb@sU`kA}o@hp@q^~bAok@lfAap@tD_AfEHl[nFrHFtFqC`OdKx{@nFdO|@fFpC~WnAxGtApEvB~e@bd@t[xRnMrMxCtAhAW~CsCfAa@rANrCx@xAHlOgAtJJr@J@fAnAdE~Rn]dCzGJzHk@~G`A~DjIXlEe@tCr@zBtB`C`Du@Gm@bAQlBTnBt@\\\\vDAdAVtFxFfCnAvn@bJ`CfDz@p@fALrASxAk@yJvPgUlYmBpLv@rEeDvNsFdLeBZgE|JlIjPlArE|Dlq@m@`FtO~E?zF{CzF{CjIj@hN`IfEv@xWnKvGbBdC}MbT~OtJuHnCoBvBgFjDa@`Fk@|AUtGmAhBPxAwT`LeGzCwLtJcF~O`EzIaD`FoIjBmICmGzBcH`E{EbGk@zHzB`ElFnDdGbChEv@jIxDzHz@zDtBu@jJy@z@yDdAaA`Ag@bDh@tHSnCiBvCcGnFwA`EaEdHwMrK}DjJmCxDcF|AgGdAuFhB}NxH}Au@uDcFqBiAiHFcFhCeE`DwEpAwFo@yUgJyO_CoGj@kD`FZ~IrFvCnP|A`LfIxAhBzA`DV|@oHjRcEpH}EtGuPpNyMxQkHxCcDMoHqBcEFgFtBmA|C[hEqApFuG`J}R`PgIhPqKzLFPjAfDvItIzAvFbAbIiB|EiC|D]~EhAdC|ATfBGbBj@vCdDrHpLdAbCd@hCKlC_BjDe@tBq@xGK~DlAvC`F`DfBc@dBbAlE~FpFhB|D~ClC~EzA`H`EdAdK\\\\~KQxH_BtBJtDvImF|FeKrEsGzEaAlGP~F]lEqEbCqE}@wCyBcBnAw@~OvIoB~IEnIrB~G`GlIbRrEhCfHmEl@eCDqIt@}C`CmClC_AxYo@tA\\\\fD|BfA^vAUhDgB|@SlRl@`JXvJu@bIFtHxAvFjEfBn@zBb@tDGz@`IbGxOzAlMjC|F\\\\xC?bUh@jBxFlLv@lDlAjJhMte@uAl@IpAuAnBWvBVvBtAnB?tBkAvA^Xj@zBqBrFqA|BqBpBiAfGl@|FrAfFp@dE?~XyAlE{Sj_@mHlH`CrMxH|R`FjMaEhQdAfHfBhb@_@zFnCjClTb\\\\bHnClCjBz@hDjBbBbFc@zEsAlAk@xCnAUbEgAnFMpEtAxApNjGWtA_@lDa@`BxA?`EkB?jB{GdB{GtDwEzFqAvH^bE|BnFZvEmA~BkIlBcPd`@Y|ABxKz@nItCzK~D~JzDzFmTk@uInAoCdG{@pIqJlPgCm@wGv@_HhBuGj@qDkECaFj@eFa@qEcDmC{Eu@}LKcLeE{X{QmFj@a@D}CdOwAte@wH|NiMdDuI_BaFt@wBnRyGpBqP{EmHdBb@pNk@pnA[`GqAdCsBrBQvCjEpFcDdDsDuEqD_CcEaAeKu@sAYmA?wBv@cAbBS|Bs@pB_Dv@cGf@w`@eDmGEo^~DqArCLjKr@xFbBbHhCjGdDbEfFzA","shapes":{"agreed:eastern-ghouta":"aq{|Aoet}@GfAaAbA_BAgC}@MhDpCbEqEpFeQxFaCLsAa@_j@m[_AuBJeCp@kA`DaDjAs@xAOnr@VnA^jEfCc@fB?@jH`E`@|@","agreed:idlib":"m{d}Aqzt|@vN|@zA{AxFaKtA{@~Aa@fBGnC[vACz@V`BhCvC~ArAjAv@bBlAzChL~JpBn@`C?zYkF`LyKpNsLlBgCeJ_HgAeD`AeDdDgAfD`AhInGrJ}JpN?rEjOjHfPxKsDdD`AfAbDaAhDsEhFdIlHfUjChLkCfUwAtBpChDkCbDgAfD~@fAdDaAhD}DzCaBh@dFhWtEde@hLfe@tEjZz[tLT`@~DzHdAtLeA|IzGlOBAlAOlBElER~Ad@|@n@RxBCXhC`@bJtL\\\\tAkJiGmFj@a@D}CdOwAte@wH|NiMdDuI_BaFt@wBnRyGpBqP{EmHdBb@pNk@pnA[`GqAdCsBrBQvCjEpFcDdDsDuEqD_CcEaAeKu@sAYmA?wBv@cAbBS|Bs@pB_Dv@cGf@w`@eDmGEo^~DqArCLjKr@xFbBbHhCjGqD~AkNhBmMCgAViHbFaBXgAGk@e@w@gBO{@U}Dm[?yPvAit@?oL`Ad@zDcAhDeDfAgDcAiAeDQ{ByFd@iLwLdIwSoBo@gAgD`AgDfDiAp@R?uHmCoOmCaJ?oZhL_`@xPoZ?mO}GwLeUwAmk@nO}o@~IiLoZ{Gkp@qb@yu@hLyj@tYq`A|QuRxe@kg@b^kOb^{Il@G@sBOw@sAoAaC_@aADkBl@eAxAsAhDiAxAm@^u@J{@KuAeAk@kBQaCHwUTo@j@CvBd@~@FnBa@xAcAnAeBtBgEj@m@lC}@fAKhHJ~He@hCA|Bd@|AhAh@jB@rEDbAr@tF@dCObAgC~GQdA?@hE_@","agreed:idlib-demilitarised-zone":"}ae}Aewt|@`NvDzCz@|YjMvDvM~S?^PdBxL|VhDOeCsEsY{G_CTgI@?|YkF`LyKpNsLlBgCeJ_HgAeD`AeDdDgAfD`AhInGrJ}JpN?rEjOjHfPxKsDdD`AfAbDSt@mGCy@lET`GxBi@zFhFfUjChLkCfUwAtBpChDkCbDgAfD~@fAdDaAhD}DzCaBh@dFhWtEde@hLfe@tEjZz[tLT`@~DzHdAtLeA|IzGlO??~DWlER~Ad@|@n@NrChC`@bJtL\\\\tAkJiGmFj@a@D}CdOwAte@wH|NcEcCaJ_IsByCuGgByKaG}IqIqGqK{GmOcD{JaAuGiEwB}HqGgGeIkEoJeCoKyD{VaK{a@_BuJeAkKwTiC{KyBaL{EqDiAq@bH_DbLiFzJmHhIeJjGqK`E{LpB`FrHfEtLjBtMH`NoA`_@gA~KmCjKsElJoG`I{JvJzAfOWhNyBzMyExLqH`KaGhGsCvCq@fDoErK}LpT_DnKbEnTdI`BxKzEfJfHt@`ApFfHzEzKrB~JR~@d@xJsS?yPvAit@?oL`Ad@zDcAhDeDfAgDcAiAeDQ{ByFd@iLwLdIwSoBo@gAgD`AgDfDiAp@R?uHmCoOmCaJ?oZhL_`@xPoZ?uJ~\\\\w]gk@ic@`_@{OrVmKrRkRpA__@gNeJkF_TrJ}t@g@eB{WwSk|@ib@iXqMxEqBp_@cJ@??sBk@qAIQUKy@_@YMc@?cBCkBl@g@h@MZcB|DiAxAcBj@{@KuAeAk@kBQaCDyJfs@dLnCt@","agreed:m4-security-corridor":"oaz|Aoqn|@nEqDlR~U`E`FtK`NwFuDmFj@a@D}CdOItCsCv@qE\\\\{u@l@_FSaaAkMm\\\\aB{AbDsBjCmCpBaDrAmDr@eHP_YdV}CpBsDnA}Df@cE@e[}A~D_z@fNp@vW_UhCeBxCkAxDo@fC_GbCsC~CuBrDoA~Di@dE?js@lDlbAlMxVS`PO","agreed:northern-homs":"gvb}Ask||@kAKkCiAcByBi@wCR}CnAeCb{@aaAjMiJ~Cg@`D\\\\fAd@bfAfp@pK|H~AlB\\\\bATpCKfA{@dCgBdBaAb@sLnDkl@lQ}iAiDqXy@","agreed:southern":"_r}|Aae{}@i@qB_BsES{@QeCEgGS{@q@_Aq@YgAC{EnAcBJaAIk@_@k@kBSsKM}@yAaE]wARgAbBMdYv@|Pc@vCi@hBs@tLmIbE}DhDeBbFiDnAgBCeAiAcEEaAH_AtBgFX_CKgBc@uBc@oD}F_Rs@oDLw@`@w@?kGoBkb@vCmC`@sAJsDUqCw@wBk@u@iB_@eCMyE{A}@O{G[}CkAyD}BaAgAa@w@@iA\\\\}BXo@pAiAtCsAzAgB~Aw@pDw@z@y@RwAKkAsA_EKs@|@}DZcD]oAiFe@_FCkGl@eBS{AkBu@k@oAc@_@AiFZeDeGUcBhByCjAgDDcBeAiBcE_FmCaFs@eCJmCLaA~AeIHkAi@mXHk@x@_NEeBdO|@fFpC~WnAxGtApEvB~e@bd@t[xRnMrMxCtAhAW~CsCfAa@rANrCx@xAHlOgAtJJr@J@fAnAdE~Rn]dCzGJzHk@~G`A~D@?EhFjOL`D|@fA`D_A`D}CdAePQAfA|GhnAlQ|z@fA[z@s@VqA}@}Ak@cDi@kINeBfAeBhL}IlVuTx@wA?rIeAzUiDfHeBZgE|JlIjPlArE|Dlq@m@`FvMdEt@bD?|BsCnF{CjIj@hNbG`D?jM|A^VrIh@\\\\}Bv@a@A?Zw]?wAmEaAq@]l@{@lDc@b@kI?wBUeDGsD[{A}@ImCLmCEaGB_Atj@{BvDqQmKiLeUsAqR?BFlA|AhErCLXIlDoBhSuH}B}AoAuAcDs@_A{AUqGEoAJiCv@wA~@qEzDWLsSt@}GmT}G{^?onAtEo~@sBmM_Ch@aD}@eAaD|@cDxDkAeEuMgAmYzGcTfUgDtEeLgAiEqQk@h@hC}@`D_DdAaD}@yA}E}FjAgU`TCX`Jp@bD~@dA~C}@`D_DfAiLcAmAbPmChi@iLlYmClYmCji@}Gbd@sYx^eh@bC?W]yB","held:eastern-ghouta@2017-05-04":"aq{|Aoet}@GfAaAbA_BAgC}@KlCsKH^lAvBfB`JW??h@v@qEpFeQxFaCLsAa@_j@m[_AuBJeCp@kA`DaDjAs@xAOnr@VnA^jEfCc@fB?@jH`E`@|@","held:eastern-ghouta@2018-03-15":"aq{|Aoet}@GfAaAbA_BAgC}@KlCsKHGExDeHGa@gAWuGdB?iG_LwF~UJnA^jEfCc@fB?@jH`E`@|@ yw{|Amys}@h@v@qEpFeQxFaCLsAa@cDkBhFiGZ_DfAMvFzExAzEdBkK`JW??","held:eastern-ghouta@2018-03-31":"go||Aihs}@aCLsAa@cDkBhFiGZ_DfAMvFzExAzE?@eH|B","held:idlib-demilitarised-zone@2019-08-01":"}ae}Aewt|@`NvDzCz@|YjMvDvM~S?^PdBxL|VhDOeCsEsY{G_CTgI@?|YkF`LyKpNsLlBgCeJ_HgAeD`AeDdDgAfD`AhInGrJ}JpN?rEjOjHfPhC{@`DlJT`GkFlDtCrDtGxBXGjG}FpANj@dEUf@?~KsCpAgK|NpAlJ~A|@b_@oJhUpDd^fUd@pEhLfe@tEjZz[tLT`@~DzHdAtLeA|IzGlO??~DWlER~Ad@|@n@NrChC`@bJtL\\\\tAkJiGmFj@a@D}CdOwAte@wH|NcEcCaJ_IsByCuGgByKaG}IqIqGqK{GmOcD{JaAuGiEwB}HqGgGeIkEoJeCoKyD{VaK{a@_BuJeAkKwTiC{KyBaL{EqDiAq@bH_DbLiFzJmHhIeJjGqK`E{LpB`FrHfEtLjBtMH`NoA`_@gA~KmCjKsElJoG`I{JvJzAfOWhNyBzMyExLqH`KaGhGsCvCq@fDoErK}LpT_DnKbEnTdI`BxKzEfJfHt@`ApFfHzEzKrB~JR~@d@xJsS?yPvAit@?oL`Ad@zDcAhDeDfAgDcAiAeDQ{ByFd@iLwLdIwSoBo@gAgD`AgDfDiAp@R?uHmCoOmCaJ?oZhL_`@xPoZ?uJ~\\\\w]gk@ic@`_@{OrVmKrRkRpA__@gNeJkF_TrJ}t@g@eB{WwSk|@ib@iXqMxEqBp_@cJ@??sBk@qAIQUKy@_@YMc@?cBCkBl@g@h@MZcB|DiAxAcBj@{@KuAeAk@kBQaCDyJfs@dLnCt@ ao~|A{lu|@dD`AfAbDSt@mGC{AwEnC_A","held:idlib-demilitarised-zone@2019-08-30":"}ae}Aewt|@`NvDzCz@|YjMvDvM~S?^PdBxL|VhDjHdCdNnKdLsKtUq@|ATfQnJsB{@qDiAq@bH_DbLiFzJmHhIeJjGqK`E{LpB`FrHfEtLjBtMH`NoA`_@gA~KmCjKsElJoG`I{JvJzAfOWhNyBzMyExLqH`KaGhGsCvCq@fDoErK}LpT_DnKbEnTdI`BxKzEfJfHt@`ApFfHzEzKrB~JR~@d@xJsS?yPvAit@?oL`Ad@zDcAhDeDfAgDcAiAeDQ{ByFd@iLwLdIwSoBo@gAgD`AgDfDiAp@R?uHmCoOmCaJ?oZhL_`@xPoZ?uJ~\\\\w]gk@ic@`_@{OrVmKrRkRpA__@gNeJkF_TrJ}t@g@eB{WwSk|@ib@iXqMxEqBp_@cJ@??sBk@qAIQUKy@_@YMc@?cBCkBl@g@h@MZcB|DiAxAcBj@{@KuAeAk@kBQaCDyJfs@dLnCt@ icb}Aq}s|@rEj@?fXsEsY mkb}Aykt|@dYcFcYbFC?@? {s{|Agcr|@hLfe@tEjZz[tLT`@~DzHdAtLeA|IzGlO??~DWlER~Ad@|@n@NrChC`@bJtL\\\\tAkJiGmFj@a@D}CdOwAte@wH|NcEcCaJ_IsByCuGgByKaG}IqIqGqK{GmOcD{JaAuGiEwB}HqGgGeIkEoJeCoKyD{VaK{a@_BuJeAkKwTiC{KyBiGkCvZsK~A|@b_@oJhUpDd^fUd@pE","held:idlib-demilitarised-zone@2019-11-14":"}ae}Aewt|@`NvDzCz@|YjMvDvM}_@t\\\\??k|@ib@iXqMxEqBp_@cJ@??sBk@qAIQUKy@_@YMc@?cBCkBl@g@h@MZcB|DiAxAcBj@{@KuAeAk@kBQaCDyJfs@dLnCt@ e|a}Aw~r|@jHdCdNnKdLsKtUq@|ATfQnJsB{@qDiAq@bH_DbLiFzJmHhIeJjGqK`E{LpB`FrHfEtLjBtMH`NoA`_@gA~KmCjKsElJoG`I{JvJzAfOWhNyBzMyExLqH`KaGhGsCvCq@fDoErK}LpT_DnKbEnTdI`BxKzEfJfHt@`ApFfHzEzKrB~JR~@d@xJsS?yPvAit@?oL`Ad@zDcAhDeDfAgDcAiAeDQ{ByFd@iLwLdIwSoBo@gAgD`AgDfDiAp@R?uHmCoOmCaJ?oZhL_`@xPoZ?uJ~\\\\w]gk@ic@`_@{OrVmKrRkRpA__@gNeJkF_TrJ}t@g@eBf`@ac@|VhD icb}Aq}s|@rEj@?fXsEsY mkb}Aykt|@dYcFcYbFC?@? {s{|Agcr|@hLfe@tEjZz[tLT`@~DzHdAtLeA|IzGlO??~DWlER~Ad@|@n@NrChC`@bJtL\\\\tAkJiGmFj@a@D}CdOwAte@wH|NcEcCaJ_IsByCuGgByKaG}IqIqGqK{GmOcD{JaAuGiEwB}HqGgGeIkEoJeCoKyD{VaK{a@_BuJeAkKwTiC{KyBiGkCvZsK~A|@b_@oJhUpDd^fUd@pE","held:idlib-demilitarised-zone@2020-03-02":"mkb}Aykt|@dYcFcYbFC?@? qf{|A_}p|@tEjZz[tLT`@~DzHdAtLeA|IzGlO??~DWlER~Ad@|@n@NrChC`@bJtL\\\\tAkJiGmFj@a@D}CdOwAte@wH|NcEcCaJ_IsByCuGgByKaG}IqIqGqK{GmOcD{JaAuGiEwB}HqGgGeIkEoJeCoKyD{VaK{a@_BuJAIb@QtGfBts@AjKaG|Ih^ ooa}A{{l|@oG`IyEvEm@Q?oXVe@vPnFw@|A wab}Aofk|@yBzMcDhIoUaSl^cD?? o`c}Ai}f|@fJfHt@`ApFfHzEzKrB~JR~@d@xJsS?yPvAy[?S}@aA_\\\\`e@k[]uA?? cbf}Ai|e|@u@rBaCxGmChGdIwS o}e}A}xt|@DdAEl@?sB {~e}Ao{t|@IQd@j@Nv@k@qA {_f}Am|t|@y@_@YMz@Tj@b@SK scf}A{}t|@cBC`AEdAHc@? cjf}Aq|t|@r@[v@QkBl@ ykf}Akzt|@cB|DrAiD\\\\o@MZ","held:idlib-demilitarised-zone@2024-11-30":"}ae}Aewt|@`NvDzCz@|YjMvDvM}_@t\\\\??k|@ib@iXqMxEqBp_@cJ@??sBk@qAIQUKy@_@YMc@?cBCkBl@g@h@MZcB|DiAxAcBj@{@KuAeAk@kBQaCDyJfs@dLnCt@ e|a}Aw~r|@jHdCA_b@tBiC~WdXG~LtUq@|ATfQnJsB{@qDiAq@bH_DbLiFzJmHhIeJjGqK`E{LpB`FrHfEtLjBtMH`NoA`_@gA~KmCjKsElJoG`I{JvJzAfOWhNyBzMyExLqH`KaGhGsCvCq@fDoErK}LpT_DnKbEnTdI`BxKzEfJfHt@`ApFfHzEzKrB~JR~@d@xJsS?yPvAy[?S}@mu@@nB{U|LeImUyN?s@mCoOmCaJ?oZhL_`@lDkGd}@oMnFgSdAmJ}AgDqYcIgk@ic@`_@{OrVmKrRkRpA__@gNeJkF_TrJ}t@g@eBf`@ac@|VhD icb}Aq}s|@rEj@?fXsEsY mkb}Aykt|@dYcFcYbFC?@? mca}A_`u|@pNsLhBaChJ{@At`@nQvB?jNUn@_C`C}XA?aDtDmOsYkM|A{A m{_}A{hv|@pN?rEjO|C`Ho@x\\\\yMhAoAg`@}PgB?eJrH{H qb}|Asot|@bG_@NnMgBxBWKcDyONC qf{|A_}p|@tEjZz[tLT`@~DzHdAtLeA|IzGlO??~DWlER~Ad@|@n@NrChC`@bJtL\\\\tAkJiGmFj@a@D}CdOwAte@wH|NcEcCaJ_IsByCuGgByKaG}IqIqGqK{GmOcD{JaAuGiEwB}HqGgGeIkEoJeCoKyD{VaK{a@_BuJ]mD~@pCtGfBts@AjKaG|Ih^ gt~|Aggr|@{KyBiGkCvZsK~A|@bIvUuR{B cbf}Ai|e|@u@rBaCxGmChGdIwS mw}|Aght|@vC|B?~HEHoK??_LTg@fF?","held:idlib@2017-05-04":"ukd}Asxt|@zA{AxFaKtA{@~Aa@fBGnC[vACz@V`BhCvC~ArAjAv@bBlAzChL~JpBn@`C?zYkF`LyKpNsLlBgCeJ_HgAeD`AeDdDgAfD`AhInGrJ}JpN?rEjOjHfPxKsDdD`AfAbDSt@??mGCy@lET`GxBi@zFhFfUjChLkCfUwAtBpChDkCbDgAfD~@fAdDaAhD}DzCaBh@dFhWtEde@hLfe@tEjZz[tLT`@~DzHdAtLeA|IzGlOBAlAOlBElER~Ad@|@n@RxBCXhC`@bJtL\\\\tAkJiGmFj@a@D}CdOwAte@wH|NiMdDuI_BaFt@wBnRyGpBqP{EmHdBb@pNk@pnA[`GqAdCsBrBQvCjEpFcDdDsDuEqD_CcEaAeKu@sAYmA?wBv@cAbBS|Bs@pB_Dv@cGf@w`@eDmGEo^~DqArCLjKr@xFbBbHhCjGqD~AkNhBmMCgAViHbFaBXgAGk@e@w@gBO{@U}Dm[?yPvAit@?oL`Ad@zDcAhDeDfAgDcAiAeDQ{ByFd@iLwLdIwSoBo@gAgD`AgDfDiAp@R?uHmCoOmCaJ?oZhL_`@xPoZ?mO}GwLeUwAmk@nO}o@~IiLoZ{Gkp@qb@yu@hLyj@tYq`A|QuRxe@kg@b^kOb^{Il@G@sBOw@sAoAaC_@aADkBl@eAxAsAhDiAxAm@^u@J{@KuAeAk@kBQaCHwUTo@j@CvBd@~@FnBa@xAcAnAeBtBgEj@m@lC}@fAKhHJ~He@hCA|Bd@|AhAh@jB@rEDbAr@tF@dCObAgC~GQdA?@hE_@vN|@ ixb}Amrs|@}JwM`AgJyj@cB|YjMvDvM~S? uja}A{vj|@`E|WzMcKlk@mH}]sQgB|Ae^hK","held:idlib@2017-10-08":"ukd}Asxt|@zA{AxFaKtA{@~Aa@fBGnC[vACz@V`BhCvC~ArAjAv@bBlAzChL~JpBn@`C?zYkF`LyKpNsLlBgCeJ_HgAeD`AeDdDgAfD`AhInGrJ}JpN?rEjOjHfPxKsDdD`AfAbDSt@??mGCy@lET`GxBi@zFhFfUjChLkCfUwAtBpChDkCbDgAfD~@fAdDaAhD}DzCaBh@dFhWtEde@hLfe@tEjZz[tLT`@~DzHdAtLeA|IzGlOBAlAOlBElER~Ad@|@n@RxBCXhC`@bJtL\\\\tAkJiGmFj@a@D}CdOwAte@wH|NiMdDuI_BaFt@wBnRyGpBqP{EmHdBb@pNk@pnA[`GqAdCsBrBQvCjEpFcDdDsDuEqD_CcEaAeKu@sAYmA?wBv@cAbBS|Bs@pB_Dv@cGf@w`@eDmGEo^~DqArCLjKr@xFbBbHhCjGqD~AkNhBmMCgAViHbFaBXgAGk@e@w@gBO{@U}Dm[?yPvAit@?oL`Ad@zDcAhDeDfAgDcAiAeDQ{ByFd@iLwLdIwSoBo@gAgD`AgDfDiAp@R?uHmCoOmCaJ?oZhL_`@xPoZ?mO}GwLeUwAmk@nO}o@~IiLoZ{Gkp@qb@yu@hLyj@tYq`A|QuRxe@kg@b^kOb^{Il@G@sBOw@sAoAaC_@aADkBl@eAxAsAhDiAxAm@^u@J{@KuAeAk@kBQaCHwUTo@j@CvBd@~@FnBa@xAcAnAeBtBgEj@m@lC}@fAKhHJ~He@hCA|Bd@|AhAh@jB@rEDbAr@tF@dCObAgC~GQdA?@hE_@vN|@ _nd}Aqot|@|YjMxM?`AgJyj@cB uja}A{vj|@`E|WzMcKlk@mH}]sQgB|Ae^hK","held:idlib@2017-12-09":"ukd}Asxt|@zA{AxFaKtA{@~Aa@fBGnC[vACz@V`BhCvC~ArAjAv@bBlAzChL~JpBn@`C?zYkF`LyKpNsLlBgCeJ_HgAeD`AeDdDgAfD`AhInGrJ}JpN?rEjOjHfPxKsDdD`AfAbDSt@??mGCy@lET`GxBi@zFhFfUjChLkCfUwAtBpChDkCbDgAfD~@fAdDaAhD}DzCaBh@dFhWtEde@hLfe@tEjZz[tLT`@~DzHdAtLeA|IzGlOBAlAOlBElER~Ad@|@n@RxBCXhC`@bJtL\\\\tAkJiGmFj@a@D}CdOwAte@wH|NiMdDuI_BaFt@wBnRyGpBqP{EmHdBb@pNk@pnA[`GqAdCsBrBQvCjEpFcDdDsDuEqD_CcEaAeKu@sAYmA?wBv@cAbBS|Bs@pB_Dv@cGf@w`@eDmGEo^~DqArCLjKr@xFbBbHhCjGqD~AkNhBmMCgAViHbFaBXgAGk@e@w@gBO{@U}Dm[?yPvAit@?oL`Ad@zDcAhDeDfAgDcAiAeDQ{ByFd@iLwLdIwSoBo@gAgD`AgDfDiAp@R?uHmCoOmCaJ?oZhL_`@xPoZ?mO}GwLeUwAmk@nO}o@~IiLoZ{Gkp@qb@yu@hLyj@tYq`A|QuRxe@kg@b^kOb^{Il@G@sBOw@sAoAaC_@aADkBl@eAxAsAhDiAxAm@^u@J{@KuAeAk@kBQaCHwUTo@j@CvBd@~@FnBa@xAcAnAeBtBgEj@m@lC}@fAKhHJ~He@hCA|Bd@|AhAh@jB@rEDbAr@tF@dCObAgC~GQdA?@hE_@vN|@ ebc}Amlt|@yj@cB|YjMxM?`AgJ uja}A{vj|@`E|WzMcKlk@mH}]sQgB|Ae^hK","held:idlib@2018-02-13":"axc}Awju|@??gBFfBG }kc}Aufu|@c@i@Ui@x@rA i`c}Aiyt|@w@cBUw@lAzC mob}Aykt|@}@Ss@[pBn@ kkb}Aykt|@zYkF`LyKpNsLlBgCeJ_HgAeD`AeDdDgAfD`AhInGrJ}JpN?rEjOjHfPxKsDdD`AfAbDSt@??mGCy@lET`GxBi@zFhFfUjChLkCfUwAtBpChDkCbDgAfD~@fAdDaAhD}DzCaBh@dFhWtEde@hLfe@tEjZz[tLT`@~DzHdAtLeA|IzGlOBAlAOlBElER~Ad@|@n@RxBCXhC`@bJtL\\\\tAkJiGmFj@a@D}CdOwAte@wH|NiMdDuI_BaFt@wBnRyGpBqP{EmHdBb@pNk@pnA[`GqAdCsBrBQvCjEpFcDdDsDuEqD_CcEaAeKu@sAYmA?wBv@cAbBS|Bs@pB_Dv@cGf@w`@eDmGEo^~DqArCLjKr@xFbBbHhCjGqD~AkNhBmMCgAViHbFaBXgAGk@e@w@gBO{@U}Dm[?yPvAit@?oL`Ad@zDcAhDeDfAgDcAiAeDQ{ByFd@iLwLdIwSoBo@gAgD`AgDfDiAp@R?uHmCoOmCaJ?oZhL_`@xPoZ?uJ~\\\\w]gk@ic@tv@i\\\\rRkRpA__@gNeJkF_TrJ}t@g@eB{WwSuuA{p@xEqBb^{Il@G@sBOw@sAoAaC_@aADkBl@eAxAsAhDiAxAm@^u@J{@KuAeAk@kBQaCDyJfs@dLlWhH|YjMvDvM~S?^PdBxL|VhDOeCsEsY{G_CTgI}@B}@C~B? gh`}Acfk|@gB|Ae^hK`E|WzMcKlk@mH}]sQ wtf}Amqu|@aAQu@SvBd@ gof}Agru|@??u@Tw@JlBa@ olf}Aitu|@i@`@m@^vAaA m`f}Aeav|@??A?@?","held:idlib@2018-07-19":"axc}Awju|@??gBFfBG }kc}Aufu|@c@i@Ui@x@rA i`c}Aiyt|@w@cBUw@lAzC mob}Aykt|@}@Ss@[pBn@ kkb}Aykt|@zYkF`LyKpNsLlBgCeJ_HgAeD`AeDdDgAfD`AhInGrJ}JpN?rEjOjHfPxKsDdD`AfAbDSt@??mGCy@lET`GxBi@zFhFfUjChLkCfUwAtBpChDkCbDgAfD~@fAdDaAhD}DzCaBh@dFhWtEde@hLfe@tEjZz[tLT`@~DzHdAtLeA|IzGlOBAlAOlBElER~Ad@|@n@RxBCXhC`@bJtL\\\\tAkJiGmFj@a@D}CdOwAte@wH|NiMdDuI_BaFt@wBnRyGpBqP{EmHdBb@pNk@pnA[`GqAdCsBrBQvCjEpFcDdDsDuEqD_CcEaAeKu@sAYmA?wBv@cAbBS|Bs@pB_Dv@cGf@w`@eDmGEo^~DqArCLjKr@xFbBbHhCjGqD~AkNhBmMCgAViHbFaBXgAGk@e@w@gBO{@U}Dm[?yPvAit@?oL`Ad@zDcAhDeDfAgDcAiAeDQ{ByFd@iLwLdIwSoBo@gAgD`AgDfDiAp@R?uHmCoOmCaJ?oZhL_`@xPoZ?uJ~\\\\w]gk@ic@tv@i\\\\rRkRpA__@gNeJkF_TrJ}t@g@eB{WwSuuA{p@xEqBb^{Il@G@sBOw@sAoAaC_@aADkBl@eAxAsAhDiAxAm@^u@J{@KuAeAk@kBQaCDyJfs@dLlWhH|YjMvDvM~S?^PdBxL|VhDOeCsEsY{G_CTgI}@B}@C~B? wtf}Amqu|@aAQu@SvBd@ gof}Agru|@??u@Tw@JlBa@ olf}Aitu|@i@`@m@^vAaA m`f}Aeav|@??A?@?","held:idlib@2019-08-01":"axc}Awju|@??gBFfBG }kc}Aufu|@c@i@Ui@x@rA i`c}Aiyt|@w@cBUw@lAzC mob}Aykt|@}@Ss@[pBn@ kkb}Aykt|@zYkF`LyKpNsLlBgCeJ_HgAeD`AeDdDgAfD`AhInGrJ}JpN?rEjOjHfPhC{@`DlJT`GkFlDtCrDtGxBXGjG}FpANj@dEUf@?~KsCpAgK|NpAlJ~A|@b_@oJhUpDd^fUd@pEhLfe@tEjZz[tLT`@~DzHdAtLeA|IzGlOBAlAOlBElER~Ad@|@n@RxBCXhC`@bJtL\\\\tAkJiGmFj@a@D}CdOwAte@wH|NiMdDuI_BaFt@wBnRyGpBqP{EmHdBb@pNk@pnA[`GqAdCsBrBQvCjEpFcDdDsDuEqD_CcEaAeKu@sAYmA?wBv@cAbBS|Bs@pB_Dv@cGf@w`@eDmGEo^~DqArCLjKr@xFbBbHhCjGqD~AkNhBmMCgAViHbFaBXgAGk@e@w@gBO{@U}Dm[?yPvAit@?oL`Ad@zDcAhDeDfAgDcAiAeDQ{ByFd@iLwLdIwSoBo@gAgD`AgDfDiAp@R?uHmCoOmCaJ?oZhL_`@xPoZ?uJ~\\\\w]gk@ic@tv@i\\\\rRkRpA__@gNeJkF_TrJ}t@g@eB{WwSuuA{p@xEqBb^{Il@G@sBOw@sAoAaC_@aADkBl@eAxAsAhDiAxAm@^u@J{@KuAeAk@kBQaCDyJfs@dLlWhH|YjMvDvM~S?^PdBxL|VhDOeCsEsY{G_CTgI}@B}@C~B? ao~|A{lu|@dD`AfAbDSt@??mGC{AwEnC_A wtf}Amqu|@aAQu@SvBd@ gof}Agru|@??u@Tw@JlBa@ olf}Aitu|@i@`@m@^vAaA m`f}Aeav|@??A?@?","held:idlib@2019-08-30":"axc}Awju|@??gBFfBG }kc}Aufu|@c@i@Ui@x@rA i`c}Aiyt|@w@cBUw@lAzC mob}Aykt|@}@Ss@[pBn@ kkb}Aykt|@C?}@B}@C~B? {s{|Agcr|@hLfe@tEjZz[tLT`@~DzHdAtLeA|IzGlOBAlAOlBElER~Ad@|@n@RxBCXhC`@bJtL\\\\tAkJiGmFj@a@D}CdOwAte@wH|NiMdDuI_BaFt@wBnRyGpBqP{EmHdBb@pNk@pnA[`GqAdCsBrBQvCjEpFcDdDsDuEqD_CcEaAeKu@sAYmA?wBv@cAbBS|Bs@pB_Dv@cGf@w`@eDmGEo^~DqArCLjKr@xFbBbHhCjGqD~AkNhBmMCgAViHbFaBXgAGk@e@w@gBO{@U}Dm[?yPvAit@?oL`Ad@zDcAhDeDfAgDcAiAeDQ{ByFd@iLwLdIwSoBo@gAgD`AgDfDiAp@R?uHmCoOmCaJ?oZhL_`@xPoZ?uJ~\\\\w]gk@ic@tv@i\\\\rRkRpA__@gNeJkF_TrJ}t@g@eB{WwSuuA{p@xEqBb^{Il@G@sBOw@sAoAaC_@aADkBl@eAxAsAhDiAxAm@^u@J{@KuAeAk@kBQaCDyJfs@dLlWhH|YjMvDvM~S?^PdBxL|VhDjHdCdNnKdLsKtUq@|AThRdKxZuK~A|@b_@oJhUpDd^fUd@pE wtf}Amqu|@aAQu@SvBd@ gof}Agru|@??u@Tw@JlBa@ olf}Aitu|@i@`@m@^vAaA m`f}Aeav|@??A?@? icb}Aq}s|@rEj@?fXsEsY","held:idlib@2019-11-14":"axc}Awju|@??gBFfBG }kc}Aufu|@c@i@Ui@x@rA i`c}Aiyt|@w@cBUw@lAzC mob}Aykt|@}@Ss@[pBn@ kkb}Aykt|@C?}@B}@C~B? {s{|Agcr|@hLfe@tEjZz[tLT`@~DzHdAtLeA|IzGlOBAlAOlBElER~Ad@|@n@RxBCXhC`@bJtL\\\\tAkJiGmFj@a@D}CdOwAte@wH|NiMdDuI_BaFt@wBnRyGpBqP{EmHdBb@pNk@pnA[`GqAdCsBrBQvCjEpFcDdDsDuEqD_CcEaAeKu@sAYmA?wBv@cAbBS|Bs@pB_Dv@cGf@w`@eDmGEo^~DqArCLjKr@xFbBbHhCjGqD~AkNhBmMCgAViHbFaBXgAGk@e@w@gBO{@U}Dm[?yPvAit@?oL`Ad@zDcAhDeDfAgDcAiAeDQ{ByFd@iLwLdIwSoBo@gAgD`AgDfDiAp@R?uHmCoOmCaJ?oZhL_`@xPoZ?uJ~\\\\w]gk@ic@tv@i\\\\rRkRpA__@gNeJkF_TrJ}t@g@eBf`@ac@|VhDjHdCdNnKdLsKtUq@|AThRdKxZuK~A|@b_@oJhUpDd^fUd@pE c~f}Aejt|@b^{Il@G@sBOw@sAoAaC_@aADkBl@eAxAsAhDiAxAm@^u@J{@KuAeAk@kBQaCDyJfs@dLlWhH|YjMvDvM}_@t\\\\uuA{p@xEqB wtf}Amqu|@aAQu@SvBd@ gof}Agru|@??u@Tw@JlBa@ olf}Aitu|@i@`@m@^vAaA m`f}Aeav|@??A?@? icb}Aq}s|@rEj@?fXsEsY","held:idlib@2020-03-02":"axc}Awju|@??gBFfBG }kc}Aufu|@c@i@Ui@x@rA i`c}Aiyt|@w@cBUw@lAzC mob}Aykt|@}@Ss@[pBn@ kkb}Aykt|@C?}@B}@C~B? qf{|A_}p|@tEjZz[tLT`@~DzHdAtLeA|IzGlOBAlAOlBElER~Ad@|@n@RxBCXhC`@bJtL\\\\tAkJiGmFj@a@D}CdOwAte@wH|NiMdDuI_BaFt@wBnRyGpBqP{EmHdBb@pNk@pnA[`GqAdCsBrBQvCjEpFcDdDsDuEqD_CcEaAeKu@sAYmA?wBv@cAbBS|Bs@pB_Dv@cGf@w`@eDmGEo^~DqArCLjKr@xFbBbHhCjGqD~AkNhBmMCgAViHbFaBXgAGk@e@w@gBO{@U}Dm[?yPvAy[?S}@aA_\\\\`e@k[}G}Wi@sLzAkUli@qClFuEjMaGIqAey@}r@di@{E|CkF_@yUeLeD?oXVe@bR`GrRgMzACpNi_@|BuCxB}RZI|NwN|AcR`M}I|I[pFqZ~MiFtGfBts@AjKaG|Ih^ ez}|Aixp|@_MnLXlCfV_EaI}J cbf}Ai|e|@u@rBaCxGmChGdIwS o}e}A}xt|@DdAEl@A?@sB s`f}Ae}t|@l@b@d@j@sAoA udf}Ae~t|@dAHz@TaC_@ cjf}Aq|t|@r@[v@QkBl@ ilf}Awyt|@\\\\o@f@i@eAxA wtf}Amqu|@aAQu@SvBd@ gof}Agru|@??u@Tw@JlBa@ olf}Aitu|@i@`@m@^vAaA m`f}Aeav|@??A?@?","held:idlib@2024-11-30":"axc}Awju|@??gBFfBG }kc}Aufu|@c@i@Ui@x@rA i`c}Aiyt|@w@cBUw@lAzC mob}Aykt|@}@Ss@[pBn@ kkb}Aykt|@C?}@B}@C~B? mca}A_`u|@pNsLhBaChJ{@At`@nQvB?jNUn@_C`C}XA?aDtDmOsYkM|A{A m{_}A{hv|@pN?rEjO|C`Ho@x\\\\yMhAoAg`@}PgB?eJrH{H qb}|Asot|@bG_@NnMgBxBWKcDyONC qf{|A_}p|@tEjZz[tLT`@~DzHdAtLeA|IzGlOBAlAOlBElER~Ad@|@n@RxBCXhC`@bJtL\\\\tAkJiGmFj@a@D}CdOwAte@wH|NiMdDuI_BaFt@wBnRyGpBqP{EmHdBb@pNk@pnA[`GqAdCsBrBQvCjEpFcDdDsDuEqD_CcEaAeKu@sAYmA?wBv@cAbBS|Bs@pB_Dv@cGf@w`@eDmGEo^~DqArCLjKr@xFbBbHhCjGqD~AkNhBmMCgAViHbFaBXgAGk@e@w@gBO{@U}Dm[?yPvAy[?S}@mu@@nB{U|LeImUyN?s@mCoOmCaJ?oZhL_`@lDkGd}@oMnFgSdAmJ}AgDqYcIgk@ic@tv@i\\\\rRkRpA__@gNeJkF_TrJ}t@g@eBf`@ac@|VhDjHdCA_b@tBiC~WdXG~LtUq@|AThRdKxZuK~A|@lNta@tGfBts@AjKaG|Ih^ cbf}Ai|e|@u@rBaCxGmChGdIwS c~f}Aejt|@b^{Il@G@sBOw@sAoAaC_@aADkBl@eAxAsAhDiAxAm@^u@J{@KuAeAk@kBQaCDyJfs@dLlWhH|YjMvDvM}_@t\\\\uuA{p@xEqB wtf}Amqu|@aAQu@SvBd@ gof}Agru|@??u@Tw@JlBa@ olf}Aitu|@i@`@m@^vAaA m`f}Aeav|@??A?@? ur}|Aidt|@?~HEHoK??_LTg@fF?vC|B u|a}Ae|s|@?fXsEsYrEj@ s{e}Am|n|@~RyNv`@?wt@~t@?ee@","held:m4-security-corridor":"_{y|Aawn|@?@i@rEzGlOBAlAOlBEzDR??`E`FAFF@nKvMwFuDmFj@a@D}CdOItCsCv@qE\\\\{u@l@_FSaaAkMm\\\\aB{AbDsBjCmCpBaDrAmDr@eHP_YdV}CpBsDnA}Df@cE@e[}A~D_z@fNp@vW_UhCeBxCkAxDo@fC_GbCsC~CuBrDoA~Di@dE?js@lDlbAlMxVS`POnEqD","held:m4-security-corridor@2020-03-02":"_{y|Aawn|@?@i@rEzGlOBAlAOlBEzDR??`E`FAFF@nKvMwFuDmFj@a@D}CdOItCsCv@qE\\\\{u@l@_FSaaAkMm\\\\aB{AbDsBjCmCpBaDrAmDr@eHP_YdV}CpBsDnA}Df@cE@iOu@SaMqHwBrAyXrLvDrRgMzACpNi_@~@mA|AWfC_GbCsC~CuBrDoA~Di@dE?js@lDlbAlMxVS`POnEqD","held:m4-security-corridor@2024-11-30":"_{y|Aawn|@?@i@rEzGlOBAlAOlBEzDR??`E`FAFF@nKvMwFuDmFj@a@D}CdOItCsCv@qE\\\\{u@l@_FSaaAkMm\\\\aB{AbDsBjCmCpBaDrAmDr@eHP_YdV}CpBsDnA}Df@cE@e[}A~D_z@fNp@vW_UhCeBxCkAxDo@fC_GbCsC~CuBrDoA~Di@dE?js@lDlbAlMxVS`POnEqD","held:northern-homs@2017-05-04":"sxb}A_l||@kCiAcByBi@wCR}CnAeCb{@aaAjMiJ~Cg@`D\\\\fAd@bfAfp@pK|H~AlB\\\\bATpCKfA{@dCgBdBaAb@sLnDkl@lQub@oAwBuIm]PiExBWjBqVu@kAK","held:northern-homs@2018-05-15":"eba}Aab_}@jMiJ~Cg@`D\\\\fAd@bfAfp@pK|H~AlB\\\\bATpCKfA{@dCgBdBaAb@sLnDkl@lQub@oAwBuIm]P~Zm[me@oPz^_b@","held:southern@2017-05-04":"is}|Ash{}@_BsES{@QeCEgGS{@q@_Aq@YgAC{EnAcBJaAIk@_@k@kBSsKM}@yAaE]wARgAbBMdYv@|Pc@vCi@hBs@tLmIbE}DhDeBbFiDnAgBCeAiAcEEaAH_AtBgFX_CKgBc@uBc@oD}F_Rs@oDLw@`@w@?kGoBkb@vCmC`@sAJsDUqCw@wBk@u@iB_@eCMyE{A}@O{G[}CkAyD}BaAgAa@w@@iA\\\\}BXo@pAiAtCsAzAgB~Aw@pDw@z@y@RwAKkAsA_EKs@|@}DZcD]oAiFe@_FCkGl@eBS{AkBu@k@oAc@_@AiFZeDeGUcBhByCjAgDDcBeAiBcE_FmCaFs@eCJmCLaA~AeIHkAi@mXHk@x@_NEeBdO|@fFpC~WnAxGtApEvB~e@bd@t[xRnMrMxCtAhAW~CsCfAa@rANrCx@xAHlOgAtJJr@J@fAnAdE~Rn]dCzGJzHk@~G`A~D@?EhFjOL`D|@fA`D_A`D}CdAePQAfA|GhnAmC_d@i@aKuEr@mQfM|^tc@jPlw@fA[z@s@VqA}@}Ak@cDi@kINeBfAeB`K{HpObFfG{BOvCiDfHeBZgE|JlIjPlArE|Dlq@m@`FvMdEt@bD?|BsCnF{CjIj@hNbG`D?jM|A^VrIh@\\\\}Bv@a@A?Zw]?wAmEaAq@]l@{@lDc@b@kI?wBUeDGsD[{A}@ImCLmCEaGB_Atj@{BvDqQmKiLeUsAqR?BFlA|AhErCLXIlDoBhSuH}B}AoAuAcDs@_A{AUqGEoAJiCv@wA~@qEzDWLsSt@}GmT}G{^?onAtEo~@sBmM_Ch@aD}@eAaD|@cDxDkAeEuMgAmYzGcTfUgDtEeLgAiEqQk@h@hC}@`D_DdAaD}@yA}E}FjAgU`TCX`Jp@bD~@dA~C}@`D_DfAiLcAmAbPmChi@iLlYmClYmCji@}Gbd@sYx^eh@bC?W]yBi@qB","held:southern@2018-07-31":"ix}|Am_|}@JZF^S{@ {y}|Aka|}@NP`@j@q@}@ k{}|Aeb|}@THVLm@W u}}|Akb|}@RAV@ZBgAC qm~|Awr|}@D\\\\F^M}@ kp~|Aux|}@`AbCVx@yA}D uv{|As|}}@[n@q@t@lAeB wv{|A{~}}@Db@A`@CeA _x{|Agb~}@Vp@Nx@g@kB mt{|Ait~}@Ab@G^Ox@X}B m|{|Aeua~@?fAKhBJqD c}{|Awya~@Ff@LhBUqC y~{|Ak}a~@Zv@DLRl@u@sB e`||Ae_b~@PRV`@i@u@ qc||Ae`b~@~@Lh@PiB_@ e~||A{{b~@o@^eBr@tCsA i{||Ac_c~@gArASRzAgB {p||Amdc~@?@]^[Vx@y@ yp||Ae|c~@MhBMv@ZaD wq||Aw~c~@T\\\\Fp@]oA ur}|Aced~@\\\\Hp@XoAc@ _{}|Ay|d~@Bj@Iv@DcB {lz|Aere~@}OuJ??|OtJ ofy|Ac~d~@??_DrC~CsC q|w|Aa~d~@o@K??n@J ixv|Akn_~@mC_d@i@aKeBg]|GhnA scv|Ais}}@k@T[F?AfA[ _av|Amw}}@Cd@Sh@VoA }bv|Amz}}@TXLPLVJX}@}A oht|Awey}@VrIWsI?? _ou|As_y}@ZHd@f@aAq@ }ou|Ae~x}@LWNU]l@ upu|Ac|x}@BIPu@U~@ {pv|Aoqz}@a@c@k@y@lA|A cqw|As~y}@p@WvA_@iCv@ aq}|Ao`{}@?W?V??","lost:eastern-ghouta:2017-05-04-harasta-vehicles-base":"a{{|Ay}s}@RVrArBaJVwBgB_@mArKIAZ","lost:eastern-ghouta:2018-01-07-harasta-vehicles-base":"a{{|Ay}s}@RVrArBaJVwBgB_@mArKIAZ","lost:eastern-ghouta:2018-02-25-tell-farzat":"mf}|Ayss}@NYdLuHzDtC[~CiFhGkJoF w_~|A{pt}@fAgAHIf@g@jAs@xAOvQFqNxKcA|AaIaI??","lost:eastern-ghouta:2018-03-02-hawsh-al-zariqiyah":"wx||Ai~s}@eLtH?_RlCkJhGbLLpF","lost:eastern-ghouta:2018-03-03-otaya":"kt}|Aa}s}@lMqI?~QOX}LgH }`~|Aket}@??A?}@uB????JeC????p@kAXYLM`I`IuAbFqGuD","lost:eastern-ghouta:2018-03-04-air-defense-battalion-base":"kx}|Au_t}@tAcFbA}ApNyKz@@RnBmCjJmMpI_CsA","lost:eastern-ghouta:2018-03-07-beit-sawa":"{r||Asys}@{DuCMqFrJ?hB|EkEzCgAL","lost:eastern-ghouta:2018-03-08-hawsh-al-ash-ari":"gz||Amvt}@~KvF?hGINsJ?iGcLSoBzF@","lost:eastern-ghouta:2018-03-10-misraba":"{h||Aess}@wF{EjE{CjAJFD^lAgAvG","lost:eastern-ghouta:2018-03-11-mudayra":"{h||Aess}@fAwGvBfBeBjKyA{E","lost:eastern-ghouta:2018-03-15-hamouriyah":"qm||A{et}@HOtGeBfAVF`@yDdHkAKiB}E","lost:eastern-ghouta:2018-03-17-jisreen":"yd||Aavt}@oCtEvCxDuGdB?iG_LwFlTJ","lost:eastern-ghouta:2018-03-18-kafr-batna":"gc||Aavt}@??@?bAZ?zIg@n@gAWwCyDnCuEp@?","lost:eastern-ghouta:2018-03-23-harasta":"ov{|Auws}@qEpF????_HzB?AdBkK`JWh@v@","lost:eastern-ghouta:2018-03-23-hazzeh":"w`||Aaut}@jEfCc@dB?@?@bAj@uFx@?{IHB","lost:eastern-ghouta:2018-03-31-irbin":"aq{|Aoet}@???@GdAaAbA??_BAgC}@A@ChAE`A??sKHGExDeHGa@f@o@tFy@fFtC`@|@","lost:eastern-ghouta:2018-04-07-douma-southern-and-western-farms":"{h||A_ks}@{IsHZ_DfAMvFzExAzE?@yAf@","lost:eastern-ghouta:2018-04-12-duma":"eo||Aihs}@A?aCLsAa@cDkBhFiGzIrHiEtA","lost:idlib:2017-05-04-abu-dali":"gdc}Aeat|@|JvM_T?wDwM}YkMxj@bBaAfJ","lost:idlib:2017-05-04-abu-dali-2017-10-08-abu-dali":"asc}Aeat|@}YkMxj@bBaAfJyM?","lost:idlib:2017-05-04-al-fuah-kafriya":"sda}A}}i|@aE}Wd^iKfB}A|]rQmk@lH{MbK","lost:idlib:2017-05-04-al-hamamiyat":"ui~|Ak`u|@sEhFhAbAyBh@UaGx@mElGBm@rB","lost:idlib:2017-12-09-umm-khazem":"_nd}Aqot|@xj@bBaAfJyM?}YkM","lost:idlib:2017-12-09-umm-khazem-2024-11-30-umm-jalal":"ebc}Amlt|@aAfJyM?}YkMxj@bB","lost:idlib:2017-12-26-qubaybat-abu-huda":"}md}A{xt|@oW?gs@eLB}ITo@PAXAt@R`APV@f@D@?v@Kt@U??l@_@h@a@@Ab@m@j@w@tBgEj@m@@?hC}@@???fAKhHJ~He@dA?bAAzBd@@???|AhAh@jB@rED`A?@r@tF??@dCAHMx@cAnCcAnCQdA???@hE_@nLt@ yhd}Ao{t|@xEoI^q@tA{@rA]JCfBG??lBU`@Ep@Ad@APDh@Pd@t@Th@b@h@@?zBnAZN??rAjAv@bB??Tv@v@bBNLsj@?rAsA","lost:idlib:2017-12-26-qubaybat-abu-huda-2024-11-30-umm-jalal":"}md}A{xt|@oW?gs@eLB}ITo@PAXAt@R`APV@f@D@?v@Kt@U??l@_@h@a@@Ab@m@j@w@tBgEj@m@@?hC}@@???fAKhHJ~He@dA?bAAzBd@@???|AhAh@jB@rED`A?@r@tF??@dCAHMx@cAnCcAnCQdA???@hE_@nLt@ yhd}Ao{t|@xEoI^q@tA{@rA]JCfBG??lBU`@Ep@Ad@APDh@Pd@t@Th@b@h@@?zBnAZN??rAjAv@bB??Tv@v@bBNLsj@?rAsA","lost:idlib:2017-12-27-umm-haratayn":"}md}A{xt|@fAFFG??rj@?lC~ByElGyj@cBmWiHnW???","lost:idlib:2017-12-27-umm-haratayn-2024-11-30-umm-jalal":"}md}A{xt|@fAFFG??rj@?lC~ByElGyj@cBmWiHnW???","lost:idlib:2017-12-29-abu-dali":"_sb}Aimt|@r@Z|@R??@?|@B|@CUfIcJtN_@Q_T?wDwMxM?`AgJxEmGjGpF","lost:idlib:2017-12-29-abu-dali-2024-11-30-umm-jalal":"_sb}Aimt|@r@Z|@R??@?|@B|@CUfIcJtN_@Q_T?wDwMxM?`AgJxEmGjGpF","lost:idlib:2017-12-31-atshan-2018-01-11-al-khuwein-2018-02-13-al-khuwein":"elb}Aqat|@zG~BrErYNdC}ViDeByLbJuN","lost:idlib:2017-12-31-atshan-2018-01-11-al-khuwein-2018-02-13-al-khuwein-2024-11-30-umm-jalal":"icb}Aq}s|@rErYNdC}ViDeByLbJuNzG~B","lost:idlib:2018-01-07-sinjar":"adi}Amqr|@xe@kg@hWyKtuAzp@zWvSf@dBsJ|t@elDk`AzGeH","lost:idlib:2018-01-07-sinjar-2024-11-30-umm-jalal":"adi}Amqr|@xe@kg@hWyKtuAzp@zWvSf@dBsJ|t@elDk`AzGeH","lost:idlib:2018-01-09-umm-miyal-al-jabriya-2018-02-04-tell-sultan":"}li}Aghr|@dlDj`AjF~SoLrDw`@?_SxNsu@av@sr@ed@uHyKrAwA","lost:idlib:2018-01-09-umm-miyal-al-jabriya-2018-02-04-tell-sultan-2024-11-30-ma-arrat-an-nu-man-2024-11-30-umm-jalal":"}li}Aghr|@dlDj`AjF~SoLrDw`@?_SxNsu@av@sr@ed@uHyKrAwA","lost:idlib:2018-01-13-tall-ad-daman":"itg}Auwj|@}o@~IiLoZmFoh@m@{Fqb@yu@hLyj@tYq`AlFwFtHxKjtA|~CiW`Zh@d`@yKxC","lost:idlib:2018-01-20-abu-al-duhur-airbase-2018-02-04-tell-sultan":"oif}Agzl|@_Fn@ktA}~Crr@dd@ru@`v@?de@{L~Z","lost:idlib:2018-01-20-abu-al-duhur-airbase-2018-02-04-tell-sultan-2024-11-30-ma-arrat-an-nu-man":"opf}Awxl|@ktA}~Crr@dd@ru@`v@?de@{L~Z_Fn@","lost:idlib:2018-01-22-abu-az-zuhur-2018-02-04-tell-sultan":"{ed}Aglo|@wt@~t@?ee@~RyNv`@?","lost:idlib:2018-01-31-atshana-sharqiya-2018-02-04-tell-sultan":"whe}Auwj|@}GwLeUwAs^tJi@e`@hWaZ~Eo@nQfCfk@hc@_]v]?wC","lost:idlib:2018-01-31-atshana-sharqiya-2018-02-04-tell-sultan-2024-11-30-ma-arrat-an-nu-man":"whe}Auwj|@}GwLeUwAs^tJi@e`@hWaZ~Eo@nQfCfk@hc@_]v]?wC","lost:idlib:2018-02-05-tell-sultan":"_we}A_vl|@oQgCzL_[vt@_u@nLsDfNdJqA~^sRjRuv@h\\\\","lost:idlib:2018-02-05-tell-sultan-2024-11-29-saraqib-2024-11-30-ma-arrat-an-nu-man-2024-11-30-umm-jalal":"{ed}Aglo|@nLsDfNdJqA~^sRjRuv@h\\\\oQgCzL_[vt@_u@","lost:idlib:2019-05-06-al-jannabrah-2019-05-22-kafr-nabudah-2019-07-10-al-hamamiyat":"cf~|Asot|@nBTkG|FYFuGyBuCsDjFmDxBi@zFhF {y}|Agmt|@bBRzEj@zBi@Uz@_EjEwC}BgF?k@eEdEd@","lost:idlib:2019-05-06-al-jannabrah-2019-05-22-kafr-nabudah-2019-07-10-al-hamamiyat-2024-11-30-murak":"cf~|Asot|@nBTkG|FYFuGyBuCsDjFmDxBi@zFhF {y}|Agmt|@bBRzEj@zBi@Uz@_EjEwC}BgF?k@eEdEd@","lost:idlib:2019-05-09-qal-at-al-madiq":"il||Akrt|@tBpCfBuA?`MtDpFbDlPnDr^e^gU}Gg]fByBxIsB_CyJxEY","lost:idlib:2019-05-09-qal-at-al-madiq-2024-11-30-ma-arrat-an-nu-man":"il||Akrt|@tBpCfBuA?`MtDpFbDlPnDr^e^gU}Gg]fByBxIsB_CyJxEY","lost:idlib:2019-05-11-al-sharia":"ic||Aert|@bDgAfD~@fAdDaAhD}DzCaBh@`AzEuDqF?aM`Au@","lost:idlib:2019-05-13-tell-hawash-2019-05-22-kafr-nabudah":"ah}|Aymt|@~Cu@NCbG_@hF]~BxJyIrBgBxBWKiBU}B?oL`D?_I~DkET{@|Bg@","lost:idlib:2019-05-13-tell-hawash-2019-05-22-kafr-nabudah-2024-11-30-ma-arrat-an-nu-man-2024-11-30-murak":"ah}|Aymt|@~Cu@bDxOiBU}B?oL`D?_I~DkET{@|Bg@ cs||Aqqt|@~BxJyIrBOoMhF]","lost:idlib:2019-05-26-kafr-nabudah":"{r}|A_zs|@oK??_LTg@fF?vC|B?~HEH","lost:idlib:2019-06-03-al-qasabiyah":"um~|Aa|r|@qAmJfK}NrCqAnK?hGjSc_@nJ_B}@","lost:idlib:2019-06-03-al-qasabiyah-2024-11-30-umm-jalal-2024-11-30-murak":"_d~|Amws|@rCqAnK?hGjSc_@nJ_B}@qAmJfK}N","lost:idlib:2019-06-04-hardanah":"qj}|Ases|@iGkSDInLaD|B?hBTVJ|Gf]iUqD","lost:idlib:2019-06-04-hardanah-2024-11-30-ma-arrat-an-nu-man-2024-11-30-murak":"ur}|Aizs|@nLaD|B?hBTVJ|Gf]iUqDiGkSDI","lost:idlib:2019-07-11-al-hamamiyat":"ui~|Ak`u|@sEhFhAbAyBh@UaGx@mElGBm@rB","lost:idlib:2019-08-01-hasraya":"qs~|A{ju|@zAvEy@lEaDmJ~Bw@","lost:idlib:2019-08-07-al-arbain":"{{~|Aggu|@hC{@`DlJT`GkFlDaEKqAa@n@y\\\\lCdG ao~|A{lu|@dD`AfAbDSt@mGC{AwEnC_A","lost:idlib:2019-08-07-al-arbain-2024-11-30-murak":"{{~|Aggu|@hC{@`DlJT`GkFlDaEKqAa@n@y\\\\lCdG ao~|A{lu|@dD`AfAbDSt@mGC{AwEnC_A","lost:idlib:2019-08-08-sakhar":"a`~|Amnt|@j@dEUf@?~KsCpAyFiNXGjG}FpAN","lost:idlib:2019-08-08-sakhar-2024-11-30-murak":"a`~|Amnt|@j@dEUf@?~KsCpAyFiNXGjG}FpAN","lost:idlib:2019-08-10-tell-sukayk-sy07":"kkb}Aykt|@zYkFNO`AvJg@`EuBhCyHj@sEk@{G_CTgIB???","lost:idlib:2019-08-10-tell-sukayk-sy07-2024-11-30-ma-arrat-an-nu-man-2024-11-30-umm-jalal":"kkb}Aykt|@zYkFNO`AvJg@`EuBhCyHj@sEk@{G_CTgIB???","lost:idlib:2019-08-11-al-habit":"ot~|Aqjt|@tGxBxFhNgK|N[[kBea@ mq`}Ai~s|@?`DwCpO_XeXf@aEn[rH","lost:idlib:2019-08-11-al-habit-2024-11-30-ma-arrat-an-nu-man":"yk~|Awft|@xFhNgK|N[[kBea@tGxB mq`}Agys|@wCpO_XeXf@aEn[rH?`D","lost:idlib:2019-08-13-kafr-ain":"yr_}Acnt|@dAe@xMiApA`@`EJtCrDjBda@gE{B{FaHm@KcQaH?kN","lost:idlib:2019-08-13-kafr-ain-2024-11-30-ma-arrat-an-nu-man-2024-11-30-murak":"ya_}Asqt|@pA`@`EJtCrDjBda@gE{B{FaHm@KcQaH?kNdAe@xMiA","lost:idlib:2019-08-14-umm-zaytunah":"yr_}Aw~s|@bQ`H_L|CyDoKTo@ y|_}Aq{r|@bNeNhUo@fEzBZZpAlJyZtKiReK","lost:idlib:2019-08-14-umm-zaytunah-2024-11-30-ma-arrat-an-nu-man-2024-11-30-umm-jalal":"um_}Awps|@yDoKTo@bQ`H_L|C kw~|Agls|@fEzBZZpAlJyZtKiReKbNeNhUo@","lost:idlib:2019-08-15-madaya-idlib":"w_`}Ag|r|@fG}[~BaCxDnK~K}Cl@JzF`HiUn@cNdN}AU","lost:idlib:2019-08-15-madaya-idlib-2024-11-30-ma-arrat-an-nu-man-2024-11-30-umm-jalal":"os_}Ag}s|@xDnK~K}Cl@JzF`HiUn@cNdN}AUfG}[~BaC","lost:idlib:2019-08-19-tell-nimr":"mq`}Agys|@|X@gG|[uUp@F_MvCqO","lost:idlib:2019-08-19-tell-nimr-2024-11-30-ma-arrat-an-nu-man-2024-11-30-umm-jalal":"w_`}Ag|r|@uUp@F_MvCqO|X@gG|[","lost:idlib:2019-08-21-khan-shaykhun":"kfa}Ac}t|@rYjMlEcBnQvB?jNUn@_C`C}XA?aDo[sHaAwJrHmH","lost:idlib:2019-08-21-khan-shaykhun-2024-11-30-ma-arrat-an-nu-man-2024-11-30-murak":"kfa}Ac}t|@rYjMuDlOo[sHaAwJrHmH","lost:idlib:2019-08-23-murak":"mca}A_`u|@pNsLhBaCBEeJ_HgAeD`AeDdDgAfD`AhInG~@aArH{HpN?rEjOx@fB`AvB`@`Ao@x\\\\yMhAeAd@oQwBmEbBsYkM|A{A","lost:idlib:2019-08-23-murak-2024-11-30-ma-arrat-an-nu-man-2024-11-30-murak":"mp`}A{qu|@eJ_HgAeD`AeDdDgAfD`AhInG~@aA?dJ|PfBnAf`@eAd@oQwB@u`@iJz@BE","lost:idlib:2019-08-29-khuwayn-al-kabir-sy07":"u|a}A}bs|@?gXxHk@@~a@kHeCOeC","lost:idlib:2019-08-29-khuwayn-al-kabir-sy07-2024-11-30-ma-arrat-an-nu-man-2024-11-30-umm-jalal":"{ra}Aq}s|@@~a@kHeCOeC?gXxHk@","lost:idlib:2019-08-30-at-tamani-ah":"mv`}Auzr|@eLrKeNoKA_b@tBiC~WdXG~L","lost:idlib:2019-11-14-tell-khazna":"gnd}Awtr|@|_@u\\\\~S?^PdBxLg`@`c@{WwS","lost:idlib:2019-11-14-tell-khazna-2024-11-30-umm-jalal":"imc}Amrs|@~S?^PdBxLg`@`c@{WwS|_@u\\\\","lost:idlib:2019-12-19-umm-jalal":"c~f}Aejt|@b^{Il@G@?Dm@EeAEQIe@e@k@m@c@{@UeAI??[Be@@??w@Ps@Zg@h@]n@sAhD?@iAvAm@^g@FMBQCi@GuAeAk@kB??QaCDyJfs@dLlWhH|YjMvDvM}_@t\\\\uuA{p@xEqB","lost:idlib:2019-12-22-al-tah-sy07":"opa}A_}q|@qWnGaj@iGg@eBf`@ac@|VhDjHdCdNnKG`AsK~M","lost:idlib:2019-12-23-jarjanaz":"o`c}Akho|@sGt@gNeJkF_TrJ}t@`j@hGpWoGrAjLu@dUkDtG_QlFwUn^yAl@","lost:idlib:2019-12-25-al-ghadfah-2020-02-27-saraqib":"}fb}Aiip|@~PmFxX~O|C~NeRrDis@HvUo^","lost:idlib:2019-12-26-khuwein-al-sha-er":"u|a}Ae|s|@?fXsEsYrEj@","lost:idlib:2020-01-24-deir-sharqi":"s``}Asiq|@ZTwC|FuJfHqLmAoBtBiM}At@eUsAkLrK_Nfb@ja@","lost:idlib:2020-01-25-tell-mannas":"}z`}A}`p|@Ed@yX_PjDuGhM|AnBuBpLlAwIxU","lost:idlib:2020-01-28-kafr-rouma-2020-02-27-saraqib":"ev`}Awoo|@}C_ODe@vIyUtJgHvC}FV?dSd_@}AbR}NvN[H}DuBuPoE","lost:idlib:2020-01-29-khan-al-sabil-2020-02-27-saraqib":"}qb}Ac|n|@qMgKxAm@hs@Ij@d^sAzAa@~KyHj@m[ma@","lost:idlib:2020-01-30-kafr-batikh-2020-02-11-nayrab-2020-02-24-nayrab-2020-02-27-saraqib":"o_b}Aifm|@y@kDef@gUeBwCpA__@rGu@pMfKl[la@xHk@|QpMsRfMcRaG","lost:idlib:2020-01-31-hish":"{gf}Awjh|@fJ}Z|Mlf@eYzL?kX s``}Asiq|@gb@ka@FaAdLsKtUq@|AThRdK_A|ZoRnIW?[U","lost:idlib:2020-02-06-saraqib-2020-02-27-saraqib":"y{b}Auol|@M~C~Z]dLdD^xU}CjFei@zEaK]}AgDzAkF_QkcArRkRdBvCtKfq@","lost:idlib:2020-02-07-zitan":"qze}Awki|@rBqDd_@l]yAtPq@dBqQg@}Mmf@`AaD","lost:idlib:2020-02-08-al-eis":"whe}Aggj|@?uJ~\\\\w]pYbI|AfDeAlJoFfSe}@nMjKcR","lost:idlib:2020-02-08-al-eis-2024-11-28-khan-al-assal-2024-11-30-ma-arrat-an-nu-man-2024-11-30-umm-jalal":"whe}Aggj|@?uJ~\\\\w]pYbI|AfDeAlJoFfSe}@nMjKcR","lost:idlib:2020-02-09-az-zarbah":"ave}Awri|@\\\\k@d}@oMbEx^}d@|Ne_@m]Zm@","lost:idlib:2020-02-09-tell-touqan-2020-02-27-saraqib":"g`b}Acem|@qZlTuKgq@df@fUx@jDWd@ epc}Aqgk|@qYcIgk@ic@tv@i\\\\~PjcA{AjF","lost:idlib:2020-02-11-khan-al-assal":"{gf}Agog|@?cAdY{LpQf@tAlIeA~Qwi@mGoAgE","lost:idlib:2020-02-14-regiment-46-base":"yic}Aeah|@h@rL}n@?uAmIp@eBxAuP|d@}NcEy^nFgSdAmJ`K\\\\dy@|r@HpAkM`GmFtEmi@pC{AjU","lost:idlib:2020-02-16-kafr-dael":"m{d}Ai_e|@oL`Ad@zDcAhDeDfAgDcAiAeDQ{ByFd@{@}@zEmDnB{U|LeImUyN?s@mCoO}@yCvi@lGtK|[hGjD`A~[R|@oW?","lost:idlib:2020-02-16-kafr-dael-2024-11-28-khan-al-assal-2024-11-29-saraqib":"m{d}Ai_e|@oL`Ad@zDcAhDeDfAgDcAiAeDQ{ByFd@{@}@zEmDlu@AR|@oW?","lost:idlib:2020-02-17-huraytan":"ilf}Aqge|@lCiG`CyGt@sBoBo@gAgD`AgDfDiAp@R?aGlUxN}LdIoBzU{ElDmJyJ szd}Aq`g|@dA_R|n@?|G|Wae@j[iGkDuK}[","lost:idlib:2020-02-17-huraytan-2024-11-27-urum-al-sughra-2024-11-28-khan-al-assal-2024-11-29-saraqib":"ilf}Aqge|@lCiG`CyGt@sBoBo@gAgD`AgDfDiAp@R?aGlUxN}LdIoBzU{ElDmJyJ","lost:idlib:2020-02-24-kafr-sajnah-2020-02-29-kafr-oweid":"ah_}Aarq|@mBk@~@}ZxZuK~A|@lNta@_NhFy\\\\}@","lost:idlib:2020-02-25-hass-2020-02-29-kafr-oweid":"ok_}Amsq|@lBj@x\\\\|@qFpZ}IZaM|IeSe_@nRoI","lost:idlib:2020-02-27-jabal-shahshabu-2020-02-29-kafr-oweid":"{s{|Agcr|@jA|EkK`Gus@@uGgBmNua@b_@oJhUpDd^fUd@pE","lost:idlib:2020-02-27-jabal-shahshabu-2020-02-29-kafr-oweid-2024-11-30-umm-jalal":"{s{|Agcr|@jA|EkK`Gus@@uGgBmNua@b_@oJhUpDd^fUd@pE","lost:idlib:2020-02-27-kafr-oweid-2020-02-29-kafr-oweid":"eh~|Ayjp|@~LoL`I|JgV~DYmC","lost:idlib:2020-03-02-dadikh":"wx`}Aolm|@}QqM`@_LrA{Ak@e^dRsDtPnE|DtByB|R}BtCqNh_@{AB","lost:idlib:2020-03-02-saraqib":"g`b}Askl|@_[\\\\L_DpZmT?nX","lost:m4-security-corridor:m4-security-corridor-outside":"gxy|Aysn|@tOvR??{DSmBDmANC@{GmOh@sEvAdB iay|Auxm|@GA@GDH","lost:northern-homs:2017-05-04-rastan-military-positions":"u|a}Ayi||@_ACVkBhEyBl]QvBtIgf@yA","lost:northern-homs:2018-05-15-deir-ful":"oxb}A_l||@C?kCiAcByBi@wCR}CnAeC??hP_Rb@g@xHyIle@nP_[l[iExBWjBqVu@gAK","lost:northern-homs:2018-05-16-al-ghantu":"eba}Aab_}@jMiJ~Cg@`D\\\\fAd@db@jWiDvF{EdQsIrDsPdAkR{\\\\mKmEjIkJ","lost:northern-homs:2018-05-16-ar-rastan":"qla}Auv~|@lKlEjRz\\\\gIzCeAxZm]P~Zm[me@oPnTsV","lost:northern-homs:2018-05-17-harbinafsah":"wq_}Aod||@uOe@hF{m@rIsDfA`BzIxk@kMxD","lost:northern-homs:2018-05-18-aqrab":"kc_}Aij||@{Iyk@hWzMzJrRiXhI","lost:northern-homs:2018-05-19-kafr-laha":"k`~|Ai{}|@?@fE|C`BjAfBrA~AlBJXPh@RnC@@KfA??{@dC????gBdBUJk@VsLnDuDhA{JsRiW{MgAaBzEeQhDwF|b@xW","lost:northern-homs:2018-05-21-al-zara":"mu`}A_g||@wBuIdAyZfI{CrPeAiFzm@_Ri@","lost:southern:2017-05-04-adwan":"gwv|A{j_~@}^uc@lQgMtEs@h@`KlC~c@`@nB quu|Ag{~}@lVuTj@cALS?rIu@bQgGzBqOcFf@a@","lost:southern:2018-06-26-al-lajat":"is}|Ash{}@cAuC[}@AGQs@?AQcC??CwCAoB????G_@K[a@k@OQ???AA?WMUIAA??[CWAS@??{EnAcBJ????aAI????k@_@k@kBImDIeFG_@E]Wy@aAcC?CS{@I[RgAbBMdYv@tIUfFM~Ba@VGB?dBs@fIyFlBsAxAwAhBeBpBcAv@a@t@g@lDaCp@u@Zo@@A??@a@Ec@Oy@Wq@a@wA??E_A?A?AH}@??f@mAlAyC?ANy@F_@@c@??E{@Ek@Mi@Ou@EUc@oD}F_Rs@oDLw@??`@w@?{D|PpDxT{PpHpBIpAiLlYsBnTY|CmCji@}Gbd@sYx^eh@bC?W]yBi@qB","lost:southern:2018-06-27-nahitah":"c_||Asb`~@?oAe@eKjPgF`TpEnA`ByTzP}PqD??","lost:southern:2018-06-28-al-hirak":"w`||Ayu`~@{@uQ~@y@v@s@^_@`@sA??JkB?gAMiBGg@Sm@EMtW_Ar@bBbEnBnSYUtCShEoBl`@qHqBoAaBaTqEkPfFMoC","lost:southern:2018-06-29-ibtaa":"{~{|Ao}a~@??Wa@SS????i@Q_AM??eCMcCw@uAc@{@OA?}@E}EU}CkAa@WwCeBaAgAa@w@?k@@]??\\\\}B??Xm@?A@?nAiA??dBs@n@_@RSfAsA??~Aw@??hBa@fAU@?ZW\\\\_@pC~BjBvIlYnChFfA|@fPuW~@[y@AA _{x|A}x_~@sBmM_Ch@aD}@eAaD|@cDxDkAqA_Ed_@pNgMb_@{I`JrAcX","lost:southern:2018-06-30-da-il":"op||Acfc~@Fa@KkA??sA_EIk@AE?A??|@{D?ALw@LkB????Gq@U]??gCUvYoBjIoTlShDhLrToGzNmYoDqDfDbHv[mYoCkBwIqC_C?AJu@ ihy|Agca~@o@{PWqGxFqQlKvIz@CfPhx@i@h@e_@qNsBuG gez|Ayrb~@CX`Jp@bD~@dA~C}@`D_DfA}J}@k@Ew@lKoSXcEoBs@cB}@gPrOaTpOtJ|EKeExD","lost:southern:2018-07-01-busra-ash-sham":"mh}|As~c~@eBS{AkBe@]OMq@Y]I_@AiFZeDeGUcBhByC??jAgDHw@Ck@??eAiB??wCmDhp@gg@h@hImTfcAuBR","lost:southern:2018-07-04-kahil":"on{|Acqb~@cHw[pDgDlYnD`@tHsO`TiFgA","lost:southern:2018-07-05-saida":"kk||Awfg~@hD`Bf@T~e@bd@??~QbLJF_Qj\\\\mSiDm]aj@i@iIpAwXtAX _oy|A{gc~@aOfN}EJqOuJa@uHnG{NbGy@zFl@pPrG?|Km@L","lost:southern:2018-07-06-nasib":"sry|Am{d~@xCtARGt@O~CsC??fAa@rANfAZw^|^{Fm@tMy`@tDtD uay|Ayrb~@`OwBx@dGmAnFeAf@{@BmKwI`@qA qyx|A}lc~@h@hC}@`D_DdAaD}@yA}EoE|@?}KvQuFhAhF|@|G_BG","lost:southern:2018-07-08-umm-al-mayadhin":"caz|Aaje~@xG|GuMx`@cGx@iLsT~Pk\\\\hHlE u~x|Aq}d~@t@Td@Br@DnCS|Js@jEDnAB}Xp`@wQtFqPsGv^}^TF","lost:southern:2018-07-09-tell-shihab":"w`w|Aanb~@jOL`D|@fA`D_A`D}CdAaMMmEaKzBaFCzC","lost:southern:2018-07-11-al-yadudah":"{ew|Acwc~@nAdDt@tBBzAF~Ek@~G`A~D@?AlA{B`Fo]xFgNyAlAoFzO}UzSeWdCjE","lost:southern:2018-07-12-dar-a":"a~w|Am~d~@??n@JB??\\\\@h@nAdEdGlKrFtJ{SdW{O|Uy@eGdEo@tEeLw@{COm@_AEqL]}@}GiAiF|Xq`@xA@ eaw|A}_b~@AfAdBf]uEr@mQfM_KfBgPix@dAg@fNxAn]yFlE`KcBC wxx|Aajz}@}G{^?gM?g`Ap@yMjB|@j]p_AmAnFpExGx@xP}Wfj@kFuP","lost:southern:2018-07-15-mashara":"kgv|Aiw}}@b@rBYjAiv@pj@k]q_AjtA~M?? wnv|Ak{x}@?AIkCLmCEaGB_A`Po@sOvSOI {_v|Autz}@qR?BFj@x@`@b@hErCJR@DA^GlCoBhSwAc@}EyA??}@s@eE{ZrPuWtFoAlFfD~@hT{AI","lost:southern:2018-07-16-tell-al-harra":"k~w|Awe|}@hv@qj@VxFo@bRj@lf@uFnAuZ{FmOc@qEyGlAoF","lost:southern:2018-07-17-aqraba":"gzw|Amu{}@lOb@tZzFsPtWuW{Ny@yP","lost:southern:2018-07-19-al-sheikh-saad":"_vv|Awf_~@w{@cCfMc_@h@i@~JgB|^tc@f@bC","lost:southern:2018-07-20-nab-al-sakhr":"g}t|Awdz}@mKiLiRiA_AiTmFgDk@mf@n@cRpYje@`D~SxEh@jBni@w@X^gB","lost:southern:2018-07-21-nawa":"kgv|Aiw}}@ktA_NkB}@f@yJf@wJzIaJv{@bCrMln@ }bv|Amz}}@k@aD?A[yEMqBNeB??~@{AFI`K{HpObF_[lXUY??","lost:southern:2018-07-26-al-qunaytirah":"{{t|Asj{}@vMdEt@bD?|B??}AvCu@vAgC`HSh@TtFgGOkBoi@|CmA]rC","lost:southern:2018-07-31-jubata-al-khashab":"{ev|Amr}}@?@ZGj@Uz@s@Ri@Be@?AKYMWMQ~ZmXfG{BOvCIP_DtGeBZeC~FaA|BlIjPlArEhB`[rAjUOlA}ClAyEi@aD_TqYke@WyFXkAJf@ qst|Aezy}@nAp@rDnB?rK?v@|A^VrIf@Z@@}Bv@a@A?ZkL?kP?wAmE??e@g@[IOTMV??A@Qt@CHc@jBc@b@kI???wBUeDG}@IuBQA?iAs@rOwSrYkAvCiNv@YfGNTrF","lost:southern:2018-07-31-last-villages":"gw||Au_d~@y@GmAAqCAuCXlTgcAl]`j@kInTwYnBg@G ic~|Acge~@mCaF??s@eCJmCLaA~AeIHkAUiKScLDYBQ??x@_NEeBdO|@fFpCrMn@jI^bEz@qAvXip@fg@k@q@ qzv|Awxy}@uAcDs@_A??}@O]EqGEoAJwA^q@V??wA~@qEzDOHGBe@BmRp@q@wB|Wgj@tWzNdEzZ_@["},"neighbours":["}zfH{weEXp@E~@pAKDXSL_@G?l@r@DXa@VPDK`A^Hd@h@?NWRAH[l@HHKEYeBZoBUm@kBBk@yB?","{wwHkezDzAtAlCPC|@p@lBbAq@zDP^WI]cAe@CILQtF?vAZ\\\\Ov@iA^HRn@vAq@|C~@p@g@^ArChARMHo@r@e@\\\\Ex@PvCk@~BA|@Y`A}@^GhGZ|@CtAa@\\\\DDk@I{@Yw@YW{@I}@_@eBeBOe@OqBuAgDIqDf@_AIg@|@gALe@?m@^LIYz@Wr@{@EY{AqAl@kCuBsCSq@XUaAiBLYpA]Sy@}@a@cCe@yCsAmD_@eBt@i@[mDf@_BOgEsBqAgAs@cAIk@c@[Iq@OJw@{@{@UuBgDi@PmDT_B`Ay@Rm@YiBeCU}@ToBKYWQs@Jg@d@i@JgAyB{AOqA_AaAJsCxAmDj@qAKm@o@BmAIuAD[l@mAHe@I[qAU{AkAgBu@a@g@EOl@eAHm@g@_Bi@u@eBiGqA_D{AJ_CnAkBRc@CmDiAv@|B?l@]xADhBRx@tBxA?z@_@\\\\q@IwAi@qAp@m@FXd@`BlA\\\\pAlDbBRz@Sl@m@ZyBZK\\\\Jp@s@t@D\\\\f@d@XDtBAfAhAp@D`Bq@p@K^HfAjBpA^f@`@v@nBh@d@bDbA`A~@fAvC\\\\b@h@PrCNl@TBj@{Av@iFe@aBHSN_@tB]Zm@pAYlC|@lARJvAGz@bAlIxDpAnAl@bBv@t@NpAnAnATj@?lAc@~@w@n@iDnAc@j@YjA?f@vAXpAdBjAh@NPIz@Bl@tBm@b@B|@Z`AFnCzBNy@v@TR^Oz@mCEm@d@?\\\\ cnwH{kzDRTHZCXYNw@KOu@Rm@r@R gwwHqozDHn@ODm@e@NQb@@ wfxH{a{Dz@C^q@Oe@m@Mm@b@Sp@b@R","}nxHod~DeBg@mH_A{Ak@aBQpA~CdBhGh@t@f@~AIl@m@dADN`@f@fBt@zAjApATHZId@m@lAEZHtAClAl@n@pAJlDk@rCyAr@O\\\\H`Ax@zANfAxBh@Kf@e@r@KVPJXUnBT|@hBdCl@Xx@S~AaAlDUh@Qm@yB{AUHK_@Uw@yEq@}@LUCOm@[Y?uB{BaAcCYyBc@JsCq@i@N?m@q@UIQL[q@q@UeAq@YBoAMQiCcAeGY u`xHytyDtBt@l@Bl@O~IgHq@mBB}@mCQ{AuA?]l@e@lCDN{@S_@w@UOx@oC{BaAG}@[c@CuBl@Cm@H{@OQkAi@qAeBwAY?g@XkAb@k@hDoAv@o@b@_A?mAUk@oAoAOqAw@u@m@cBqAoAmIyD{@cAwAFg@]i@{@XmCl@qA\\\\[^uBRO`BIhFd@zAw@Ck@m@UsCOi@Q]c@gAwCaA_AcDcAi@e@w@oBg@a@qA_@gAkB_@Iq@JaBp@q@EgAiAuB@YEg@e@E]r@u@K_AJOxB[l@[Rm@S{@mDcB]qAaBmAYe@l@GpAq@vAh@p@H^]?{@uByASy@EiB\\\\yA?m@w@}Bw@Nm@\\\\{A|CeCtAg@rAw@f@c@`Ai@f@m@JkAUaBv@oBvEoGbCuBjCm@b@qErAkAlAaElBqBhBiCDc@PMXm@YwAoAoF_HaByAgA{Br@OjAq@hCi@h@g@Xu@?}@Oq@c@o@qAmAqAa@SUs@qB?Y^eAz@a@dGq@Hc@vAaAEkAYs@{AiAqEkBIg@DcAgAw@m@y@i@?kA`@_@?WyA{F{HgAEeAZaBbAiCQRhQ\\\\tAJzBs@Oi@p@a@pAi@nDRd@DdCSD?h@Yz@qAFYGYUMoBcAAYMSc@NgAR[`Bg@Bm@c@a@w@TiBlAO\\\\ObCc@rBDhEOx@c@l@q@RgAo@c@q@c@G?Nf@f@Tx@}@q@Nd@OlAHVrCjCN`@?p@OpA]fA?\\\\Yn@aAnAw@`@\\\\~@HdAI\\\\]VH|@i@t@X|@Dt@Of@gAz@fAbB?d@IZmAZDlByBvBkBd@qAp@aBTw@Zg@h@Hj@mAz@uAc@i@q@U??fNxABhCk@b@B~BZdBfAzAHfAv@f@~@?d@g@tC~AvA^E`Ad@`FpG`AlBXhCX`@`@nFdChGR^l@NlAxBp@`@v@vB`BjBDn@fAlAxBpDjBpApDwF|@eDv@yApFcD`D_@l@[^w@l@eC\\\\Qb@Db@oAr@y@Be@M_AHSzAe@rCEnC~@jAk@\\\\?bAjApDXxCpAb@bADpCp@lARt@h@b@XzARXXDtBYRb@Hx@b@x@fAz@b@vAfANrBdBNVXxB|@m@tAUfAy@X?XTH^IlAHb@XNbCNv@oBzA}Bh@]~BHX[LcA?_BSsAc@_@]h@S?c@sAKiAa@iA}A{@]GaA{@mEeBWs@UHIIqAqBI]XODo@f@q@Ns@L_C^e@pAF\\\\Sb@oAv@N|@hAtBj@lCtCXHhCEfB}@`@AbAHtEjA`Bz@v@r@b@t@]d@s@T?L~B^fEnAfA`AzAK {cxHqc{D_@p@g@Dw@URq@l@c@l@LNd@ gwwHqozDc@AOPv@b@Cs@ emwHijzD]q@s@SSl@Nt@v@JXOBY","e|_HetxDBRG`@`V??qB_AiAYHRFMLLJw@b@SII\\\\kBZw@A{Am@c@DELXJMbAcHm@","yugHqheE?nA]lAc@d@_@J?XXPzA^RGb@LT_@VKTHB~@NJ\\\\]NmAb@ERf@SdA?zAp@|@Jr@~AG`AiAb@FbA|@pAPdAw@zBHnCoBR?f@^X_@`AWXRDh@LLtBt@^vAf@DRk@b@QT@\\\\^l@Jb@e@`A_C`BcAtAFzAtANKD_@Ek@g@oAKwAWm@Hk@Se@}@o@m@eDaAw@o@U{AOwCqA}@ImALDXIJm@IIZS@OVi@?Ie@aA_@EJWQY`@s@E?m@^FRMO_@IJ}@DMZwAhAyBR{BGq@ZkBVi@V?p@S[c@HkBd@g@r@wAJMf@YJ {{gHuaeEc@Ap@NMM szgHk`eEO@?PNC?O cghHm}dE^Q\\\\P`AKfAd@b@_@RETN\\\\OHUm@YDe@m@Q?[\\\\QkAKYVoCZaAe@w@?b@d@\\\\nAf@h@","cghHm}dEpARb@Ol@NJOo@OaAJ]Q_@P iygHiaeEERXHE^XL`A?^\\\\p@UTNLf@THBY|@?R}AN@OzCv@|Ab@vARCb@g@pASjBNfA`@l@Iv@k@NALRzAc@zBqA`BA\\\\e@X@Hb@p@j@|AZVb@?^^B_@wAuBu@MMEi@YSaAVY^g@_@S?oCnB{BIeAv@qAQcA}@c@GaAhA_BFKs@q@}@?{AReASg@c@DOlA]\\\\OKC_AUIWJU^c@MSFcCs@ ehfHgxdEc@?UNSj@^?Rg@LATXRK]_@","{xgHgaeE?YSHyBI}@s@i@CW\\\\jAJ]P?Zl@PEd@l@XS\\\\SFUOSDc@^WU_@b@l@bAR?D{@IMb@_@f@Lb@YDSX?LMb@Xl@]I~@r@SHMEQc@YD_@YIDSL@ u|gHkaeEIKp@Ng@C mzgHi`eEUP?QNEDD","_ehHsgqEm@Q_@e@]E\\\\vAr@Pf@^l@BXSYo@a@NY[ sfiH_ppEfA@Xm@YWc@Kc@R?z@ {{hHanpEIcA_@e@g@OeB@p@t@HZzAGHLCPs@Lb@^h@_@ _~hHkolEl@lADdA\\\\bCvEtPrCtMb@|@vEmCrGkBbHkAjAD?KdCTpAf@\\\\ERJ?[h@II]vCKw@IRCCa@N?LVTIHJIJH?~Am@?MSLSUp@@lA[Ot@b@p@IIm@ZtAjB?Jg@??JX?LIX[fAU|@uAl@C{AOOD?Ts@`@N_@CW`AWSc@RMfALUFTn@l@VRI?Ii@??Kb@SNE?LOHb@LvAe@tAw@^JXUf@?STfA?{FpAkA|@m@N?JhF{BjB[zBEzAj@b@`@f@bAnBrBpAh@Tl@lDf@I[m@Bs@YRK]k@?eBf@?WWE_@N[v@Wf@FNZNCHIEQRJNKIU\\\\?IYbAXKc@c@KNSR?^R?^f@INLIVYH?JXLB\\\\TQVC]b@Hh@OJCXRK?XIRRHTURTS?\\\\Jp@m@N?H[H??f@h@KIVR??HS??l@Xm@`@^h@LDd@v@PIKRGRRI`@]FHZUFTRIXwAI?Jl@JYj@TTKLc@MWLb@JBTIJ\\\\JTKUb@?Mc@IMe@I?HPIFHJETXf@IN\\\\?I`@SG?RSKOTg@IgBoCb@CY[Mi@gAa@OSc@CISXHiCyAm@GdBdAb@f@`ATl@h@vAhCX`Al@Tv@@pDyAvE}@v@A`ElAx@l@~EfBlDl@zBQp@UaA?aA_@wAqA^CYMHSX?BRh@Tp@@NG?[\\\\_@IMN_@XWv@`@HUI?`Ag@RBIHRJr@Kr@^z@g@^{@v@n@\\\\HH[x@]z@J^G\\\\F?Lg@f@qALqIzDyCt@?JbLwCfEu@nBChCnAD_@Uo@c@]XDRTT|@H?Ow@DeARcA\\\\q@vAoAdBi@?KeBJNUcATSKRw@NLB^J?Ha@HJp@u@TJEPv@_@b@^MJHJi@^nBVh@`@El@h@UIIRW\\\\Ih@s@xBaBNPXKBOMDOQ`Ay@h@Sf@FRk@pEwCT_@lCwAtKgEf@EdFItFbC\\\\B^nAb@@jAh@bHlBfA@jAt@|@CvAc@zARdACfAf@~FAbAHf@Xh@lDVb@|DuApAMfAd@\\\\O|BZ?guE}{G?Zj@?VUAJXl@z@\\\\PRp@H`AST?lAl@p@tB~@l@l@XzBl@x@H~@jB`AIv@`AfB\\\\Ng@r@Y@I_@I?H`@I?s@w@Rr@|@n@Yd@Cj@p@KbAfB?VUTeBs@Oc@]?v@hD|@bB`BzA~A`@HVNE\\\\LCl@\\\\Pl@x@r@NHr@f@VNb@jBxB\\\\~@C^zAvAIH`AdCf@NbApApAn@zA`I\\\\`@r@Fv@rAf@d@H`AbAtAIfBHNs@dAl@rECd@f@nAN|Ap@lAh@h@l@Z|@hAhBnAJb@l@dA_@p@CzAi@lAoCbEWRp@XHt@c@x@]PYG]HOa@I?RhASf@I??m@XKc@e@HEIORQkAwA?m@\\\\c@]Mi@m@w@iBRcBIgAH]m@_@McAHgCS?H^OJDUYUH?kBcA?wAg@uAc@OUwAeBaAsCeDY{@aAu@Y@O]WOEUNUO}AHi@MyBc@SE_@Yc@l@qCc@iAM_Bc@]XXKTWEIs@HHHIc@[Sm@kBqA{AaCwDoBy@aBSESsASUOHSUO{@m@o@?]aAi@?g@m@SIYqAaAIJOk@SLc@KqAkAIBgB{Ba@S_DY{A{AHTSIRl@IFr@?H`@aAPOPHROPCb@IFc@SOPYdAHLw@Jg@hAs@JHJSnBXl@Sl@UnBv@vAIb@TrAm@hBUxA]\\\\HJ}@t@M\\\\Lp@qAnCShAc@l@YhAD\\\\OFT`@Kf@Jp@i@ZDhDy@^CRRt@?tBYn@Ix@c@VCfBY`AN`@}@x@m@`ABNMD?RUJJLUD]`Ac@Zv@`CCnBb@hDrBdIJvB`E~OdBjBOvB {xfH}okEHECGOMHZ iigHojkEdA`@n@Bi@IyFuB~AhAlAN wvfH}lkEqFbCgAF_CUWF~EZr@e@lDyANY","ieyH{rxDbCQlAP@Jx~D?UoD?sDf@_ADw@zAeDtAy@dCaFiDaAuAP?e@IImAQeA}@gAx@}@nA}@T_Be@{A\\\\i@MaALm@c@eB?{F_Bc@?eBtBO\\\\IjAM^c@XgBNeESYKXeAp@y@}@s@]Is@v@]y@uAs@gAsBmDaCwAYb@y@pAe@eBKY_@c@uASMmDd@qAa@c@c@Sk@Lo@MEeB`@}@BiG[_@FaA|@}@X_C@wCj@y@Q]Ds@d@In@SLsCiA_@@q@f@}C_AwAp@So@_@Iw@hA]NwA[uF?MPBHbAd@H\\\\_@V{DQcLxIm@Nm@CuBu@{AJgAaAgEoA_C_@?Mr@U\\\\e@c@u@w@s@aB{@uEkAcAIa@@gB|@iCDYImCuCuBk@wAyA]?c@nA]RqAG_@d@]rDg@p@En@YNH\\\\pApBHHTIVr@lEdB`Az@\\\\F|Az@`@hAJhAb@rAR?\\\\i@b@^RrA?~AMbAYZ_CIi@\\\\{A|Bw@nBb@l@b@PxBXfBhB","oa`Hg_cEOt@WRIfAo@lAMhA_@NNnASb@X\\\\v@u@zAD`F}BtA]vAgBf@Kh@iAH{@~BeAi@WD]gAmAEe@Hk@h@yBR[]_AaAm@cAh@q@n@aBrCuA`AcAJgAWTb@_@p@r@Rw@rBi@DIP mg_Hq|bE^ELOCW_C?Ij@~A@ ut_HwkbEXc@c@D_@PTVUJJ\\\\En@NEUXJJl@e@HPRCYb@g@J?N\\\\Cv@o@?JRK?Sb@u@aA?ROkA_@","_iwHk~|DIJzATlCnBvAh@jA~Ab@IxC{B?oBv@uBHw@Iq@XsAEeAXa@~B}@h@B~Br@jAUnBEh@g@EWg@k@_@}ADi@Yq@HaAwCeBOm@b@sAIeAv@mAYaAYS?_@YeAg@q@kAc@Eu@f@gDMmAXc@y@YSi@DkBI}BReAEcCiB]}@\\\\YIm@eA?[\\\\m@zAsACyARaBr@_@E}@l@[vAyCRm@EeA^y@Yg@m@G{AJgA_@s@yAg@EBq@IS_BRmAo@q@_AEQNU|@w@Bw@}@u@Ca@XmAOoBRu@Yg@w@ESM]cAs@Hc@aAqAw@]c@Bw@r@o@Ha@Y_BXgBSk@_@OMo@w@HcAy@XuAS{@?qAfA_BLi@I_@aA[aA?_@_@eA[y@{AMgA\\\\_ANaBXOB]aAcA?Wc@k@Iy@w@a@{B`@c@AY_@Mm@IsBc@aAb@Sy@}@IwC{@_BBc@b@}@?aAYY]AeCx@g@BqAa@gA}@g@Ei@e@aA}As@qBYGw@Pg@UYB}@j@m@Gm@N{ACeB`@s@SSu@q@_@wALkAh@_@Ac@i@Tw@`Ao@f@q@pA?dBk@fB@l@_@Lw@IyBv@Ja@qARWHi@oBcEqBmBIs@h@cA?YUOw@?SODk@p@gB]a@X]v@Ob@DpAq@hCn@R_@?e@b@IXa@U}AXiBX]jAb@b@?NwBb@Y|@KR_Bl@iAw@s@Ec@S[I_BS_@Hq@hCPrCr@Dm@OeAHaAX_@jAONW}@qD]SYV]?s@s@Ii@R{B^m@YuA~BwBp@_Cx@e@_@g@]QwA?_CgF{@{@Y{A_@y@{AeAMaBs@Vg@f@{BPDs@w@m@Ke@NYzAeAYUg@Im@D]\\\\YEgA_BSuBiDwDM[H}@Yk@HUzAsAjAEXQDSSO}AQSSCUH]|@}@_@aAqAKgDRyCo@iCaAi@g@gH_E}@aAuMuKwAa@s@BoBl@kBm@iBuB?S\\\\y@I]oCaDCm@VuAq@WYa@s@QkAaCs@UaAuCq@k@Uw@_BaBBiAvEmQHoTaNG?cZwDc@w@_BIgAO[c@IaAHc@GwAoBw@q@Sm@h@y@?_@y@uAq@uCs@e@q@OKL?KeBGc@Fc@`@?d@T`@Bl@uAe@aB?]KUJ_BKw@ZY|@HbASp@B`BT~@jAjAN^U`@NNYn@kAfAuBE]ZH^b@TtAVI`@g@Xs@EYLuAMUHc@_@m@NIOHa@{@n@I}@OYSM_@DHk@lA}Bf@l@~Cx@dBU|@HRGNWqAa@Ya@Es@SQaBu@w@MYg@WMYBSPYv@OIHcA]]?aAOMaA@qAZm@U}@HkAQ_@}@?cBg@y@m@Ks@VaM|GwBT?naK|Ab@ILg@Ap@ZxCg@bPjAjBb@~EtBjBjAzAbBfAhBl@jCEn@|@lBDnAI^v@pER~EXbAL`CMv@?~ChCP`BcAdA[fADzFzHVxA^?jAa@h@?l@x@fAv@EbAHf@pEjBzAhAXr@DjAwA`AIb@eGp@{@`@Uj@Ir@r@pBRTpA`@pAlAb@n@Np@?|@Yt@i@f@iCh@kAp@s@NfAzB`BxAnF~GnBbBTDLYb@QhCEpBiB`EmBjAmApEsAl@c@tBkCnGcCnBwE`Bw@jATl@Kh@g@b@aAv@g@f@sAdCuAfAgC`As@v@OlDhAb@BjBS~BoAzAK`BPzAj@lH~@dBf@dGXhCbALPCnAp@XTdAp@p@MZHPp@T?l@h@OrCp@b@KXxB`AbCtBzBX?l@ZBNMTp@|@h@pDLf@^T","uewHynaEh@ZHr@Op@N\\\\\\\\NlDPfB{@tByB|C{@p@sB^OfAZjAtDIjAwAfATxBL\\\\x@j@hCx@jAJ|@Ip@k@vAoBjAOh@]f@b@r@PtEAzAl@fAQlEdCf@?r@SzEnBdBQxCiAlDp@Nd@LH^@jAc@Ru@rDcGR{@bH_A]{@?YhCwBjR}SjAq@rOkBl@SxC{Gv@iOgD{KE_JhCcFNs@HiD|@wELiBWuRLwAfIwRh@Y~I_BbtAkr@sKim@nBc@gAwFWa@iGjA_@Sq@cDb@s@lDqC?Kkf@qEaN}AkA]mhAwj@{a@i]mpAiaAc@MygAqE{Ft@_G|GuAtCoBbCi@lBiCnFE~@{@xB{BtHm@bAkAp@aF`BaMFqAMsH{C?f@HLIlANt@S_@YgCaBr@uBL_Ca@qDgBkBc@yCQg@HOPDPb@?dB|@p@tCx@tA?^i@x@H^nBtBXn@^PtAIb@HNZHfAv@~AvDb@?bZ`NFInTwElQChA~A`BTv@p@j@`AtCr@TjA`Cr@PX`@p@VWtABl@nC`DH\\\\]x@?RhBtBjBl@nBm@r@CvA`@tMtK|@`AfH~Dh@f@hC`AxCn@fDSpAJ^`A}@|@I\\\\BTRR|APRNERYPkAD{ArAITXj@I|@LZhDvDRtBfA~AXD\\\\]l@Ef@HXT{AdAOXJd@v@l@Er@zBQf@g@r@WL`BzAdA^x@XzAz@z@~BfFvA?\\\\P^f@y@d@q@~B_CvBXtA_@l@SzBHh@r@r@\\\\?XW\\\\R|@pDOVkANY^I`ANdAEl@sCs@iCQIp@R^H~ARZDb@v@r@m@hAS~A}@Jc@XOvBc@?kAc@Y\\\\YhBT|AY`@c@H?d@S^iCo@qAp@c@Ew@NY\\\\\\\\`@q@fBEj@RNv@?TN?Xi@bAHr@pBlBnBbEIh@SV`@pAw@KHxBMv@m@^gBAeBj@qA?g@p@aAn@Uv@b@h@^@jAi@vAMp@^Rt@r@RdBa@zABl@Ol@F|@k@XCf@Tv@QXFr@pB`A|Ah@d@f@DfA|@pA`@f@CfBq@z@EXXD\\\\m@dCz@~AHvCx@|@c@Rb@`AHrBLl@X^b@@pA_@h@Ab@NRPHx@b@j@?V`AbAC\\\\YN?b@m@|B?^fAbCdAZ^^`A?`AZH^Mh@gA~A?pARz@YtAbAx@v@ILn@","suhHqekEl@w@~AiAoBiJwEuP]cCEeAm@mANwBuAsAcA_DmCwKKwBsBeIc@iDBoBIg@m@yAc@?w@xASfBc@dAOdCaArDIbCYrBS~@qArC?r@\\\\bB?n@YpB]lA\\\\hA?f@{AtHqAdDSdBw@dAEnB{AxBCdBcAbCIl@|@bDDj@c@jA?b@HJ}@vC?rB`BGpAo@vCaCvA_@lD?bD[b@D\\\\TNx@qA`DOpCYr@uEzDuB^OKIJ?~@b@d@`E|@x@m@dAFN\\\\OZkAb@l@xBCnCL|C^`BwA~A?f@XNIlAIVYJ_@vCWn@_ChAy@v@WBwAu@_C?m@]SeCwEq@Th@UFHXIHH@SJHHSVRH]l@f@n@S?Hl@IKSVRnAITNFBXkAdAw@Fm@h@eBt@kBnCE|@g@|A_@f@h@lANvDp@T?X]x@Bn@^RBnAr@h@m@bAp@d@aAh@OnAlAkB`Ba@nAqAn@GHM?e@VR^r@RAh@eBH}Bl@cBzDu@T@b@v@`@RbAQf@D^SxBFIKRUC[VyAN_CS]XoAz@w@fAZRKJa@BuCb@kCH{BdBeNtBgJRKCWl@{C\\\\k@tBkGrDoHaAeA?e@dFqE\\\\{@CoB","izjH}zhEtC`@\\\\XtB_Al@i@v@GjAeACYOGHUSoARWHJIm@R??IM?Ym@NEL_@SU\\\\a@IAHSIOTG_@eARLCoAOYHq@Ss@RYS?XgBEa@TKKSXi@Mg@VSD[?oA]{B\\\\[c@gCN_@_@yAl@q@bA}CRyBHqF|@wCIK?c@b@kAEk@}@cDHm@bAcCBeBzAyBDoBv@eAReBpAeDzAuH?g@]iA\\\\mAXqB?o@]cB?s@pAsCR_AXsBHcC`AsDNeCl@iBBk@]K]]?Yf@mBHsCNMkn@gGg@@c@LaQ`NcIdPc@b@c@Ry^rE]Z{ElO_@Z}LvFfUjYdV`XaxAhYm@TqEzD?JmDpCc@r@p@bD^RhGkAV`@fAvFoBb@rKhm@rd@sV|p@k_@hBXv@Mr@f@tFZdC^fHxF\\\\S~B@vAxCEz@HPbADXZKD?T^Bf@`@","sv{HkumEpAhCNv@HbCf@tArHzCpAL`MG`FaBjAq@l@cAzBuHp@aBNwAhCoFh@mBnBcCtAuC~F}Gcg@cDqAsCqAyEI_C_@_BWe@wAoAOg@{`@Hp@bANrBb@]NFE^SCONRL?T]YHx@St@zAZ|@~AH`@?tAjAf@zA`Db@|Eh@~ALhADn@OdBv@Kr@Rv@|@XIf@k@XFXGDi@z@ST?`@XCh@i@XNJ`AYzBKOn@aA^}@xA}@v@uAn@mAfAiBJcAMa@a@}@W_@DC^X~@z@vAx@nCf@? {d|HggnEc@ICNLn@r@r@dBTNYBk@eAAmAw@ q{{Hc{mE_@i@{@Gy@XyBvCIjAXx@zEzHb@Tz@Y?O]A?m@IIIGc@FYODMp@YIWHKb@?v@XNYs@IJw@~A_Aw@s@oBaF yv{H}fmEbA}@S[s@TaAx@ENjAE","gwiH{ehEHOISoBK_@Rg@EcAPa@Sc@w@UA{Dt@m@bBI|Bi@dBS@_@s@WS?d@ILo@FoApAqATi@d@Yx@YViC~ASr@N`@OV{ATs@l@C^HRxCfAEd@]P?|@oB~B_@t@_C|@c@e@]?aAf@uCu@]DOR?d@pAT|@|@m@`B_CfC]Nm@Mi@LSx@{AxA_@x@g@j@r@lAB^Sh@?`@\\\\Dv@fASvAH^jBhARr@|@FjAKXb@{AdACfAYNc@UIHEt@fAIb@HpAbB\\\\SH_AXUvAA\\\\P\\\\OhDB`Bd@Yq@Ee@HgBpBiBnB[\\\\DYu@T_@pAk@z@_CXTb@]Nk@BiB^e@EsAYw@^aC?i@Ua@h@Kf@gAIKXy@pAMh@PVQSs@HsBv@}CTMRgARQIKv@uCNgAnB}ACWb@{@BeA\\\\}Ar@u@]k@Bs@l@{ANJEKXq@b@OXa@","{gfH{vdEUY]PCPv@I q`hHazdES?m@cARQm@Qc@NaAIl@h@b@|@lAfAOdDw@xA_@NeBISNgAzBg@`@sHxDyBlBoC|Am@FIbAOPfIsCv@e@fEw@fAiAjA]v@g@~GiBdAJrDcBfIu@xKz@dBEtBXv@b@b@BSiB?sB\\\\yB\\\\k@b@_@v@MfAd@zAR?_@Wc@}A[q@k@Ic@YA]d@aB@{BpA{Ab@MSO@w@j@m@HgAa@kBOqARc@f@SBc@wAw@}A?_ARiACQOAS|A}@?CXUIMg@UOq@T_@]m@?MDHVILs@RH_Am@\\\\c@YMLY?ERc@XYOa@NOPHLEz@","suhHqekEBnB]z@eFpE?d@`AdAv@qAjBmBXq@`As@\\\\s@tBgBc@}@c@kB_BhAm@v@ mkjHsqiEIp@NXBnASMHZvEp@RdCl@\\\\~B?vAt@VCx@w@~BiAVo@^wCXKHWHmAYO?g@vA_B_@aBM}CBoCm@yBjAc@N[O]eAGy@l@aE}@c@e@?_AHKNJtB_@tE{DXs@NqCpAaDOy@]Uc@EcDZmD?wA^wC`CqAn@aBF]vFcA|Cm@p@^xAO^b@fCELSDCT\\\\lB?nAEZWRLf@Yh@JRUJD`@YfBR?SXRr@","}j|HyxxDbCf@h@h@t@vBbdB?e@[i@AcCPgBiByBYc@Qc@m@cCOYOIc@HmAI_@YUY?gAx@uAT}@l@YyBOWsBeBgAOc@wAgA{@c@y@Iy@Sc@uBXYESYY{Ai@c@Su@q@mAEqCc@cAyCqAqDYcAkA]?kAj@mDcAuBH{Ad@IRL~@Cd@s@x@c@nAc@E]Pm@dC_@v@m@ZaD^qFbD]b@wAzEqDvFf@x@|@b@","ux}HkpqEi@Uw@d@m@?m@OYHrCh@lA`@f@GfAeACk@Yr@aAd@i@OCSRG?I mvjHyuqEE_@Re@q@kBoBqCgbR?fApBX\\\\\\\\LN\\\\Bx@M|@b@_@f@VR?TUs@aApATr@EO\\\\HFb@u@NP\\\\FNRm@@U~@DRHKRRXAHQCW\\\\OHJCZVCD~AR~AI^l@TjAk@CjAi@^IVb@Rl@s@r@j@fA^s@XY?IYc@XqAG]b@I??c@YGNbA\\\\Rv@bAvARl@Sv@@r@PKQXMRJWPHPv@Z`Av@lAQH[SSHKV?JZE\\\\SPHTf@k@x@JKPM?_@QTl@U?INHLIF?d@^i@LF?l@HRT_@L?DtAXk@RA?Hm@lDOBC]\\\\yAYPSz@YTCWLW?kAHSSL]r@Bz@M^BN|@x@\\\\t@|@d@h@r@E^w@HI\\\\p@XlA@fAb@EVfAhBB`A]z@nCtDHd@YhBNJVi@r@AIT]KOb@N|Bz@f@^b@z`@INf@vAnAVd@^~AH~BpAxEpArCbg@bDzFu@xgApEb@LlpAhaAza@h]lhAvj@jA\\\\`N|Ate@rE|@]hD_Dl@U`xAiYeVaXgUiY|LyF^[zEmO\\\\[x^sEb@Sb@c@bIeP`QaNb@Mf@Ajn@fGHYOo@JKLFDWO_Ar@_@p@kFX_AO_AJeAl@eB?KYCLgAI]^{@IKf@{AXeBSeAOwCf@eAvA{FXu@\\\\[IGIF?URJHeBXIOq@b@DIJRGJMKKx@m@R_@IKHQc@NIK?g@Su@HK_@BS|@IIOHXb@EN]LId@SMSTc@y@OJOUSH?QS?IXc@B?Ub@_@OKi@j@JTOFi@G^SEWHIIKSTwA?IIIRuAb@m@WLVm@FqA_Aq@CY]OJ{@QOa@NFjAm@OUIHkBmASi@uAgBYaB}@e@]k@c@aBwAqBIuBgAoCcCaDaAm@yCcE","gouHqnzD|@^z@Hr@nAHz@SzARj@b@b@pA`@lDe@RLb@tAX^dBJqAd@c@x@vAXlD`CfArBtAr@\\\\x@r@w@\\\\H|@r@q@x@YdA~E^fAEbAc@f@iCdBuBb@?zF~AdB?l@b@`AMh@LzA]~Ad@|@U|@oAfAy@dA|@lAPHH?d@tAQhD`ARa@`BsARsAl@u@xCo@bCkB`BSnBeBtBi@r@e@hCN`BkAdB{BtAS`BgApAIl@TjFwCxF}Av@LzBfBnCq@v@NpAdAz@@h@\\\\pA]v@Hv@^hCnCzATpBiAhBk@b@Dh@d@jAL|@m@tBW|DIl@c@~B_@f@q@v@e@v@Mh@r@N?`AYfAaAhBENMzARpAO|@t@\\\\DzAOzJdBv@Yf@~@zAr@X\\\\?tBb@EHLXWX?XRH^fAiAl@aBf@YlA?\\\\Lb@l@|@Nv@|@tAPr@h@p@JrDAhC`AHrBXz@h@d@pEhBnBZxB?fARRSDg@l@wAjAaAzAi@pA\\\\^f@f@RN`Af@H`Bx@l@xAb@X|@nARz@?dASr@?lARt@jBlCH??YtAnA|@iANuAH?B^Wx@?ZYNIb@\\\\Ev@q@zEoAvAKpAo@|@E~BZxBxArCj@zBrBRv@S??JjA~@zA~C[fCrI?fBgArC]zDHpBl@tEs@pM~@vDKtKl@~L?zCqA~EiApBcAtFm@hBi@`BFl@w@h@HRItB_AjAcARXl@s@~BOXq@zAiBXq@b@WhCm@jFeClHiEdFuAh@s@zAOLYc@k@b@kDdBeB~BoA^Jv@K`AJl@YpJGtBTdAt@pMpB~B~@l@q@JD`@o@fAe@h@CdJHxJt@hPtBb@Up@Hx@i@tAoB]Uf@yBRg@x@m@UeASGHMkAg@wAuAqAe@W]_@F}@y@MYHKRJD_@RG?MwA\\\\WSI_@ROOAYo@]KgAd@qIJeBYs@e@cDXw@IMi@Ra@\\\\Cr@XbDIbH}@Bd@RTx@Hf@m@|@]l@d@tAy@|@QbLi@xBaBxCgAXy@kAQ_CoAmAQw@f@kA?cA_@w@{@l@Qh@Db@}Al@UhBCfBj@|C^l@_@rCe@~Bn@bA?v@UIZYH`EHpIOtBk@tBMp@NDn@}C|AYj@\\\\^|@TjFd@b@OVh@NUh@@R[b@O?K}@aAc@EIo@i@a@Ce@c@JaBYX]lAi@\\\\q@f@IfAN^QhB\\\\vAg@hAF?ulD[OBWVUQGYN]|@s@BIP]QHo@\\\\_@Ck@YIRW\\\\MSb@RDbAOc@mB_@J?Kn@Ix@c@?iEe@As@]Ch@_@@aA_@]\\\\i@LcCSKVWEuBd@{AGm@VsDc@D^yG`@YKIWtBi@IWLIl@TTc@U??Kb@_ANNX??OOGDg@Hb@RE\\\\Px@KHJl@??KYGl@?S[HKRJs@gAfAWYi@XGm@CY_@^QH]XV~A@|@ZnCIp@k@x@?VLTGz@d@^GR_AzCQ?{CiA\\\\IQwABgAa@?f@Sv@DZs@p@aBH?KWJgAc@SR_@S]VEWq@^USkAXSTOU]TYd@m@HOsAXb@h@o@s@W?[l@ME\\\\bAKRWf@?IKv@USSaAKOb@]m@No@c@b@UWr@}@XKjB?UUHYMQc@EOVOUMBSDHVYXi@M]XgAzBeBn@HJIVSOIZODi@QJd@v@l@Id@RNBX]z@SH}@i@?Kr@KHQEOw@AHd@I?uAo@Y?i@dANL\\\\AT^qATY^Su@REEe@IQq@C?MRK}@UDh@_@Pg@E_@k@Id@I?He@So@R{@Ms@IGi@^OMC]s@RaAKs@c@Co@YDs@]?K^QI_@m@COJHPm@h@I\\\\XVEi@X]\\\\z@SD?l@s@JJRcAdAYi@iBm@{AaAYe@B]^@I\\\\VGb@m@NP\\\\{@MY?i@VE]EaAXSSYFIgBRGN[c@c@I]H_@IK\\\\INYc@MHIi@??q@SLY]qA]]m@{AwAIJ_@e@m@v@MDUMCLO_AMNwAs@yCE]O\\\\?XK?KgAJOWJGRFOe@q@SEg@m@~@c@Hc@UYJNc@Y@}@j@^??Jm@JEHH@MJw@Js@b@eBA{Ar@?J\\\\?SHwAa@?VSKIn@Ic@I?E~@OLcCPyCgA]JUM?kBg@b@c@|@s@n@^?Sb@y@z@b@JIXb@b@?\\\\m@zAO~@eAbABRYdBHKT`@Hp@Il@UXNf@CnCo@dBsBzA{A}@c@IkFJwPuAs@]Ci@sHaCm@i@kBo@m@Am@y@aAc@cAAa@K_@a@qAA]Um@EuBiBi@sAWIc@s@YmAuB}BOmAm@YaAyAkA_@Yc@kBaAkAIuCwA{Da@wAnAkBv@kEe@aAtAc@J}@[yCPW\\\\gBQqA`@yBWRW]EaBbBg@Jw@}AYjAs@x@qA\\\\c@p@TLYD}@lAwAk@Sm@Co@Hg@S?Ox@i@x@?JJIOf@qARYV?vCcCzA_@x@yBxCuJvGSh@cEnA{@Ni@WILuB}@kAgAHc@aALs@MwLgGi@Kc@i@iC`ByBYfA\\\\?Lc@PgAu@aBZIF?h@c@lAw@x@h@QpAyABR}@fAuAf@RDl@URf@TKKWJWRRBY^FR]HZm@fAOODSs@z@q@PiDPgAhAw@`@_CnCq@Pw@Os@c@eCiDSy@DmBUaADo@\\\\eAlEsBjAgBfA[\\\\YNu@r@c@Rq@b@EXWf@sAOi@{@aAOs@iC_Fi@yB?]zAoC_BLOS?aAOMaAE_CoAY@Mt@IzB_@p@m@Nw@CI|@]Jy@W]J?nHYbARVMNw@i@y@Eg@j@}CKgBPIL^zBdBl@ONIh@Nd@f@Vb@hCm@|AIzCOjASh@IjBw@`BBl@cH}AsBKs@YaA{@IWBqBw@g@gAt@kAKwAVaIi@qEfCwAd@iFr@iGpBcDfBaBf@m@@{AKoGoAgAg@{DgEwAo@eBKqIXwEiAkA@kVnCqHpBoCvAyCp@}HtEaDd@_GbCoGf@qIaA{Ac@oKPoVrD}@b@kBfBgAzAm@`@MQ?o@}@Wc@PSc@w@i@IYVaB]a@?kAoGv@SFSz@sDbGSt@kAb@m@KOe@mDq@yChAeBP{EoBs@Rg@?mEeCgAP{Am@uE@s@Qg@c@i@\\\\kANwAnBq@j@}@HkAKiCy@y@k@M]UyBvAgAHkAkAuDIKmAKq@nAOn@}Cz@uBxBy@d@eAVuCS]OO]I`@X~AI`@s@n@Cv@\\\\b@pAv@b@`Ar@I\\\\bAzA^HZSt@NnBYlAB`@|@t@Cv@}@v@OTDPp@~@lAn@~ASHRCp@f@Dr@xAfA^zAKl@FXf@_@x@DdASl@wAxCm@ZD|@s@^S`BBxA{ArA]l@?Zl@dAXH|@]hB\\\\DbCSdAH|BEjBRh@x@XYb@LlAg@fDDt@jAb@f@p@XdA?^XRX`Aw@lAHdAc@rANl@vCdBI`AXp@Eh@^|Af@j@DVi@f@oBDkAT_Cs@i@C_C|@Y`@DdAYrAHp@Iv@w@tB?nByCzBc@HkA_BwAi@mCiBl@rBtBfDz@Tv@z@NKHp@b@ZHj@r@bApAfAfErB~ANlDg@h@ZdBu@lD^xCrAbCd@|@`@Rx@qA\\\\MX`AhBYTRp@tBrCm@jCzApADXs@z@{@VHX_@M?l@Md@}@fAHf@g@~@HpDtAfDNpBNd@dBdB {h_Hem{DSMgASMBBTXJEp@l@Tb@w@?S el_H}d{DqANYPB`@lDd@lA]?TH@Xe@O_@De@aBm@kAt@ cz_Hc}xDBr@MhAaBDh@xCdAR|AAdAZ|@CH_AYKDMb@EzAl@v@@jB[H]RHv@c@MKLMSGXI~@hA?_x@a@RmHj@oBSaAk@qBOWHBNg@fAi@b@uEpAYOmANg@[aBEmCk@c@SmAkAg@EONOt@r@lBc@Gg@_AHm@i@WH{@g@OiDTa@Ci@_@c@?c@XgANm@XIP{@KOJBj@{@h@w@pCl@~@i@RY^]pAv@b@h@?RUbDj@hVtIvEhCjAhAr@lA`At@^~@U\\\\fAzAXvAfA~A"],"lakes":"cazHgclEl@??ZVv@?v@tBv@?v@o@v@eAZ}A?cDoBuB[m@[eA?sEsA}AZ}Av@eA?W[W?Uw@}AsAWw@l@[tB?~IrArEZnH?n@[ agjH}okEdAZl@nB?v@WZeA?eA[m@w@T[?w@fAw@ wjjH{akEVw@jC?l@Z?|F{AnJmCrAWsAn@qQ okuHk~hEdApBVjDWtAeAtATnCeAtAm@Zo@y@{DqKcDqBeAuAVqB|AmCdA?rBZn@v@dA\\\\lCtA umjHayhEl@w@n@v@VtAo@nCm@Zo@[WuAn@oC k{tHaefEcD_IiI_Im@sBVoC?sB|Ay@pEx@hF|Hn@~H?dGWvAm@Z cjxHigaErBwBtB\\\\tBvB|AhK|A`QpEtE?tD}AzBm@xAV|@|A?rB\\\\U|@}AxCwJ?mCwDm@wDdAsFVuEeAyBaG?uB{AWsEkCqGl@wCjFyAdAwC }ctHy__EdA\\\\bG??|AmCvD?zA}A|A}LzAkC?sE\\\\sB|@dA|@l@?V|@uB|@mK|@{D?eA}@rB{ArE{BjC_@|AwDn@yDmCyBm@}AtBwCrB{B|A]lC\\\\|AzAl@xCl@\\\\|A{@lC?jC\\\\ adgHgu~DrBxE}AvDsBzCWxCVzCeA_@}A{Bo@{AV{Bo@{C}A}@{A]uByC|AwFrB{AdD|@`GvD {_xHwl{DiF}DeA}AgA_AU}BdA}A|A_@fI?n@^l@~@|AxIl@^fA~AbD|AT~@U|@?~@o@?sB_@sE}C{D_A","rivers":["sejHsckEm@jKo@fD}AhD }ljH_qhETyH iqrHo}{DzD{HrM}BpH]pH\\\\hF?fI}AV}@W}@}A}BU}BrB{DdA]`G\\\\|L|BxG^tB_AbO}AfI{AvJ{DdA{DcDyDkC{BeA?W_@o@{B}AsJfA{BnH{AlC{AjCwFkCyBwJyC}A\\\\sEyC}A]sB?o@}@?yBm@{AuB?W}@?{A|AyBzDwC|AyB?}@n@yAT{AtB}@V]W{@l@_@dD]rB{@tByBjC{@`G}@fA{@|A?jC\\\\|A]dA{@|AuD?mHeA{AeA]o@yAm@mH _qnHiqcExGz@bDvAdDvBdAxATvAUxA}AvBo@vA?xA s`pHub_E{O{B?{A{DwCo@}@n@{AW}@}A]m@yBVuEcGyBeW{@aG}@yG]mK?kF}@eAwC?oGm@}@mC?_JsEsBuD}AoG y|qHq_fEyDy@gA?m@x@}AZcD[eAZsE?{DvAcD\\\\iFuB{DgFo@]}A\\\\U]gA?UvAW?m@]?[l@wA?y@eA]?oCo@uBkCuAeAsBTwAU[}AZeA?gA[m@wAl@sBeAoCkCqCkFoCeA\\\\WZaGsBeA?cD[uBy@cDy@{DqBeAqCeA[o@?cDuAkCkD{DuJ?kDVkDWcF}A_Gm@kD?mCo@mC}AmCUiD?gEuBeEqHyGmKw@cDuAgAsAsB[kF[sBmCuX_F_JeE }rxHmfiEkCqBWuA?qBWuAeAw@?mCVcFWmCeAw@eAgE}A{NgAiD}AkCkCqBm@gDl@aF {kyHcvkEcDoBmC?cDv@aGZmK?kFZ}Av@eA?m@w@mC_F}AoB{A[o@sAWoBm@oBeAsAmCw@{D[sBsAo@sAqEiCgAsAUw@Tw@eAaEcDkC","wxmHa|aEo@uCeAyA}A{@}AyAm@yA?uCrBoF _qnHiqcEkNxA}L{@sPqDoHqDeAqDcDqDcGoEsBuB?[cDyAgAwAUqCo@uBeA{@kCgGuBqCsEqC}AsC?sBUwAgAy@","sejHsckEl@iD gljHyzhEn@_Po@_GfAcF?eEo@qJ uxjHalgEhFaH|A{Hn@eF?yI","kzsH{naEeAuCo@]m@?W{@?{AeAyAsEyA}AyAV]mC?m@]W{@V]l@?fA{@l@wB}AwByGyAyDuCuBmF}AmFo@qE?sCfAyA?wAWyAVy@l@]VsCWqDuBiGqEaJ}AmEl@wAeAmE{D_J}AcHm@eGeAkEgAwAeAy@kCy@iF]mCy@uBuAUsBTsB?sBUy@Ty@fAwAdAiEWoCm@mDo@uAeA?kC_H{DkDyGkDcDy@}A??uAo@y@eA[kC?o@y@?w@m@uAuBqBaRkDqHfEcDZ}AuAcOmC{DuAm@uA?qBl@mC?uAeAmCuBw@eAuA}AiD}AuAsB?eAsA?qBqH_N}AyGW_N"],"roads":["m`{|Ayot}@iaEvqGkEpeAaF|hCtMlgDkAb~@Spm@iJjnBf]|cCfP~b@qJroBix@juBmlArnBmoAnhA","abt|Aomr|@ydD~kCmMjKyu@l@ubAuMms@mDuGzRyM?ka@t]e[{A{H?"],"labels":{"agreed:eastern-ghouta":[36.415,33.5353],"agreed:idlib":[36.6883,35.7878],"agreed:idlib-demilitarised-zone":[36.6967,35.4705],"agreed:m4-security-corridor":[36.6022,35.8027],"agreed:northern-homs":[36.6753,34.868],"agreed:southern":[36.0256,33.0375],"held:eastern-ghouta@2017-05-04":[36.415,33.5353],"held:eastern-ghouta@2018-03-15":[36.3808,33.5145],"held:eastern-ghouta@2018-03-31":[36.3977,33.5703],"held:idlib-demilitarised-zone@2019-08-01":[36.6967,35.4705],"held:idlib-demilitarised-zone@2019-08-30":[36.8304,35.5896],"held:idlib-demilitarised-zone@2019-11-14":[36.8893,35.8832],"held:idlib-demilitarised-zone@2020-03-02":[36.3724,35.6781],"held:idlib-demilitarised-zone@2024-11-30":[36.8441,35.6346],"held:idlib@2017-05-04":[36.6417,35.6685],"held:idlib@2017-10-08":[36.6417,35.6685],"held:idlib@2017-12-09":[36.6417,35.6685],"held:idlib@2018-02-13":[36.5774,35.6884],"held:idlib@2018-07-19":[36.5816,35.7829],"held:idlib@2019-08-01":[36.5939,35.8117],"held:idlib@2019-08-30":[36.6021,35.8272],"held:idlib@2019-11-14":[36.5998,35.8255],"held:idlib@2020-03-02":[36.5581,35.9738],"held:idlib@2024-11-30":[36.6142,35.8608],"held:m4-security-corridor":[36.6022,35.8027],"held:m4-security-corridor@2020-03-02":[36.5943,35.7872],"held:m4-security-corridor@2024-11-30":[36.6022,35.8027],"held:northern-homs@2017-05-04":[36.669,34.8617],"held:northern-homs@2018-05-15":[36.6285,34.8772],"held:southern@2017-05-04":[36.0256,33.0375],"held:southern@2018-07-31":[35.9961,32.7686]}}}');
/* Start a zonemap page: draw its map at once as a still SVG picture while Leaflet loads,
   then hand over to the interactive map. The picture uses Leaflet's own projection
   (EPSG:3857, 256 px per world at zoom 0) and fitBounds arithmetic, so the handover does not
   move. The shared script supplies the paths and the page the fitted frame, both projected
   at build time, and the base map's styles. */
(function (zonemap) {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";

  /* Every shape is stored once, in Google's Encoded Polyline format at precision 0: whole
     zoom-0 pixels times paths.units, x then y, each point after a run's first a step from the
     one before; runs (a polygon's rings, a line's parts) are parted by a space. Each path is
     decoded once, to whole units, which the picture draws as they are and Leaflet gets back
     in lon/lat, each ring its own polygon of one MultiPolygon: Leaflet draws those as one
     path with the even-odd rule, as the picture does, so a hole stays a hole. */
  var UNITS = zonemap.paths.units, COARSE = zonemap.paths.coarse, DEGREES = 180 / Math.PI;
  var COARSELY = {neighbours: true, lakes: true, rivers: true};  // paths in COARSE units
  var LINES = {rivers: true, roads: true};  // paths of open runs; the others' runs are rings
  var decoded = new Map();
  /* A path's runs, each an array of whole-unit coordinates x0, y0, x1, y1, … */
  function runs(path) {
    var found = decoded.get(path);
    if (found) { return found; }
    var all = [], run = [], x = 0, y = 0, value = 0, shift = 0, isY = false;
    for (var i = 0; i < path.length; i++) {
      var code = path.charCodeAt(i);
      if (code === 32) { all.push(run); run = []; x = 0; y = 0; continue; }
      var chunk = code - 63;
      value |= (chunk & 31) << shift;
      shift += 5;
      if (chunk < 32) {  // the last chunk of a number: its sign is in the lowest bit
        var step = value & 1 ? ~(value >> 1) : value >> 1;
        if (isY) { y += step; run.push(x, y); } else { x += step; }
        isY = !isY;
        value = 0;
        shift = 0;
      }
    }
    all.push(run);
    decoded.set(path, all);
    return all;
  }
  function lonLat(x, y, units) {
    var px = x / units / 256, py = y / units / 256;
    return [px * 360 - 180, (2 * Math.atan(Math.exp(Math.PI * (1 - 2 * py))) - Math.PI / 2) * DEGREES];
  }
  /* A path's rings become a MultiPolygon; its open runs, a MultiLineString. */
  function geometry(path, units, isLine) {
    var coordinates = runs(path).map(function (run) {
      var points = [];
      for (var i = 0; i < run.length; i += 2) { points.push(lonLat(run[i], run[i + 1], units)); }
      return isLine ? points : [points];
    });
    return {type: isLine ? "MultiLineString" : "MultiPolygon", coordinates: coordinates};
  }
  /* The popups of lost land and posts (popups.js, or inline) come as JSON text, parsed
     when first asked for; until a linked page has loaded them, a popup says so, and a popup
     open when they arrive is filled in then. */
  var popups = null;
  zonemap.popup = function (kind, key) {
    if (!popups && zonemap.popupText) { popups = JSON.parse(zonemap.popupText); }
    return popups ? popups[kind][key] : "<p>The details are still loading.</p>";
  };
  function loadPopups(leafletId, map) {
    var leaflet = document.getElementById(leafletId);
    if (zonemap.popupText || !leaflet || !leaflet.dataset.popups) { return; }
    var loader = document.createElement("script");
    loader.src = leaflet.dataset.popups;
    loader.onload = function () {
      // an open popup whose content is looked up asks again (Leaflet calls it on update)
      map.eachLayer(function (layer) {
        if (layer instanceof L.Popup && typeof layer.getContent() === "function") { layer.update(); }
      });
    };
    document.head.appendChild(loader);
  }
  var shapes = {};
  /* A zone shape's geometry, decoded on first use. */
  zonemap.shape = function (key) {
    if (!shapes[key]) { shapes[key] = geometry(zonemap.paths.shapes[key], UNITS, false); }
    return shapes[key];
  };
  /* A zone's feature, whose geometry is made when Leaflet first reads it: the still
     picture needs only the shape's runs. */
  zonemap.zoneFeature = function (key, properties) {
    var feature = {type: "Feature", properties: properties};
    Object.defineProperty(feature, "geometry", {
      enumerable: true, get: function () { return zonemap.shape(key); }
    });
    return feature;
  };
  function feature(name, properties, path) {
    var units = COARSELY[name] ? COARSE : UNITS;
    return {type: "Feature", properties: properties, geometry: geometry(path, units, LINES[name])};
  }
  /* The base map's features, made from their paths when Leaflet first asks for them: the
     still picture needs only the runs, so no lon/lat is worked out before it is painted. */
  function lazily(name, make) {
    var made = null;
    Object.defineProperty(zonemap, name, {
      get: function () { return made || (made = make()); }
    });
  }
  function collection(name) {
    var properties = zonemap[name];
    lazily(name, function () {
      return {
        type: "FeatureCollection",
        features: properties.map(function (props, i) {
          return feature(name, props, zonemap.paths[name][i]);
        })
      };
    });
  }
  ["governorates", "neighbours", "rivers", "roads"].forEach(collection);
  ["undof", "country"].forEach(function (name) {
    var properties = zonemap[name];
    lazily(name, function () { return feature(name, properties, zonemap.paths[name]); });
  });
  lazily("lakes", function () { return feature("lakes", {}, zonemap.paths.lakes); });

  /* What can wait until the interactive zones are on the screen: the base map's shapes and
     the names on the map, made in one task after the first frame that shows the zones, while
     the still picture stays under them (see zonemap.start). */
  var waiting = [], settled = false;
  var INPUTS = ["pointerdown", "keydown", "wheel", "focusin"];
  function later(job) {
    if (settled) { job(); } else { waiting.push(job); }
  }

  /* The base map of every page (basemap.py's BASE_LAYERS): each layer in its pane, the
     listed ones returned by name for the layer control, the online tiles not added. The
     layers are on the map, and in the control, at once; their shapes come later. */
  var POINTER = {
    tip: function (feature, layer) {
      if (feature.properties.tip) { layer.bindTooltip(feature.properties.tip, {sticky: true}); }
    },
    hover: function (feature, layer) {
      POINTER.tip(feature, layer);
      layer.on("mouseover", function () { layer.setStyle(zonemap.styles.hover); });
      layer.on("mouseout", function () { layer.setStyle(zonemap.styles.governorates); });
    }
  };
  zonemap.baseMap = function (map) {
    var base = zonemap.base, listed = {};
    base.layers.forEach(function (spec) {
      var style = zonemap.styles[spec.style];
      var layer = L.geoJson(null, {
        style: function () { return style; },
        onEachFeature: POINTER[spec.pointer],
        interactive: !!spec.pointer,
        pane: spec.pane,
        smoothFactor: 0.5
      }).addTo(map);
      later(function () { layer.addData(zonemap[spec.data]); });
      if (spec.name) { listed[spec.name] = layer; }
    });
    listed[base.towns] = zonemap.labels(zonemap.places, base.labelPane).addTo(map);
    var tiles = base.tiles;
    listed[tiles.name] = L.tileLayer(tiles.url, {
      attribution: tiles.attribution, maxZoom: tiles.maxZoom, pane: tiles.pane
    });
    return listed;
  };

  /* Names on the map: layers of text labels that give way to each other. A label is
     [name, lon, lat, rank, kind]; after every zoom the labels of all shown label layers are
     placed in rank order (zone names 0, seats and neighbours 1, towns 2, villages 3), and a
     label that would touch one already placed, or whose rank needs a closer zoom, is hidden.
     So no two names overlap. The labels are made, and placed, only with the base map. */
  var labelLayers = [], MIN_ZOOM = [0, 0, 8, 9.5];
  zonemap.labels = function (items, pane) {
    var group = L.layerGroup();
    group.zmItems = items;
    group.zmLabels = [];
    function make() {
      group.clearLayers();
      group.zmLabels = group.zmItems.map(function (item) {
        var text = document.createElement("span");
        text.textContent = item[0];
        var marker = L.marker([item[2], item[1]], {
          pane: pane, interactive: false, keyboard: false,
          icon: L.divIcon({className: "zm-label zm-label-" + item[4], html: text, iconSize: null})
        });
        marker.zmRank = item[3];
        marker.zmBeside = item[4] === "seat" || item[4] === "town" || item[4] === "village";
        group.addLayer(marker);
        return marker;
      });
    }
    group.setItems = function (list) {
      group.zmItems = list;
      if (!settled) { return; }
      make();
      if (group.zmMap) { declutter(group.zmMap); }
    };
    group.on("add", function (event) {
      group.zmMap = event.target._map;
      labelLayers.push(group);
      declutter(group.zmMap);
    });
    group.on("remove", function () {
      labelLayers.splice(labelLayers.indexOf(group), 1);
      group.zmMap = null;
    });
    later(make);
    return group;
  };
  /* The names of the zones a zone layer shows, at each shape's label point; refresh() after
     the layer's shapes change (the timeline does at every step). */
  zonemap.zoneNames = function (zoneLayer, pane) {
    var group = zonemap.labels([], pane);
    group.refresh = function () {
      var items = [], seen = {};
      zoneLayer.eachLayer(function (path) {
        var props = path.feature.properties, at = zonemap.paths.labels[props.shape];
        if (props.role === "lost" || seen[props.zone_id] || !at) { return; }
        seen[props.zone_id] = true;
        items.push([props.name, at[0], at[1], 0, "zone"]);
      });
      group.setItems(items);
    };
    group.refresh();
    zonemap.zoneLabels = group;
    return group;
  };
  function declutter(map) {
    if (!settled) { return; }  // no label yet
    var zoom = map.getZoom(), size = map.getSize(), placed = [], all = [];
    labelLayers.forEach(function (group) { all = all.concat(group.zmLabels); });
    all.sort(function (a, b) { return a.zmRank - b.zmRank; });
    // A name's size never changes: measured once, all together (one layout, not one each),
    // when its zoom first comes; until then it stays out of the layout (most towns at first).
    var fresh = all.filter(function (marker) { return marker.getElement() && !marker.zmSize; });
    fresh.forEach(function (marker) {
      marker.zmDue = zoom >= MIN_ZOOM[marker.zmRank];
      marker.getElement().style.display = marker.zmDue ? "" : "none";
    });
    fresh.forEach(function (marker) {
      if (!marker.zmDue) { return; }
      var text = marker.getElement().firstChild;
      marker.zmSize = [text.offsetWidth, text.offsetHeight];
    });
    all.forEach(function (marker) {
      var element = marker.getElement();
      if (!element) { return; }
      var show = zoom >= MIN_ZOOM[marker.zmRank];
      if (show) {
        // from the map's own arithmetic, not the page's boxes, which lag behind an animation
        var at = map.latLngToContainerPoint(marker.getLatLng());
        var w = marker.zmSize[0], h = marker.zmSize[1];
        var left = marker.zmBeside ? at.x - 3 : at.x - w / 2;
        var room = {l: left - 3, r: left + w + (marker.zmBeside ? 8 : 0) + 3,
                    t: at.y - h / 2 - 1, b: at.y + h / 2 + 1};
        // a name cut by the map's edge is not shown
        show = room.l >= 0 && room.t >= 0 && room.r <= size.x && room.b <= size.y;
        show = show && !placed.some(function (o) {
          return room.l < o.r && o.l < room.r && room.t < o.b && o.t < room.b;
        });
        if (show) { placed.push(room); }
      }
      element.style.display = show ? "" : "none";
    });
  }


  /* A phone-sized screen: panels fold into a sheet at the bottom, the layer control folds.
     Asked as the stylesheet asks it (page.css), which lays nothing out, as reading the
     window's width would while the page is loading. */
  var COMPACT = window.matchMedia("(max-width: 699px)");
  zonemap.compact = function () { return COMPACT.matches; };

  /* The panels' column (or sheet, when compact): the map is fitted beside it, so no panel
     covers a zone at the first view, and popups open clear of it. */
  function side() { return document.getElementById("zm-side"); }
  // Measured once, then told by the browser whenever the panels change size (a fold, the
  // window, the layer control joining them): every popup asks, and a measure after the page
  // has changed costs a layout.
  var size = null, watched = false;
  function clearance() {
    var panels = side();
    if (!panels) { return {topLeft: [10, 10], bottomRight: [10, 10]}; }
    if (!watched && window.ResizeObserver) {
      new ResizeObserver(function (entries) {
        var box = entries[entries.length - 1].borderBoxSize[0];
        size = {width: Math.round(box.inlineSize), height: Math.round(box.blockSize)};
      }).observe(panels);
      watched = true;
    }
    if (!size || !watched) { size = {width: panels.offsetWidth, height: panels.offsetHeight}; }
    return zonemap.compact()
      ? {topLeft: [10, 10], bottomRight: [10, size.height + 10]}
      : {topLeft: [10, 10], bottomRight: [size.width + 20, 10]};
  }
  zonemap.fitOptions = function () {
    var room = clearance();
    return {animate: false, paddingTopLeft: room.topLeft, paddingBottomRight: room.bottomRight};
  };
  zonemap.popupOptions = function () {
    var room = clearance();
    return {
      // the popup's frame adds about 45 px to its content: it fits between the margins
      maxWidth: Math.max(200, Math.min(380, window.innerWidth - 80)),
      maxHeight: Math.max(160, Math.min(330, Math.round(window.innerHeight * 0.5))),
      // clear of the zoom buttons (and, on a phone, of the scale under them)
      autoPanPaddingTopLeft: zonemap.compact() ? [10, 130] : [60, 10],
      autoPanPaddingBottomRight: room.bottomRight
    };
  };

  /* Keyboard and screen readers: a shape takes focus, says what it is, and opens its popup
     on Enter or Space; Escape closes it (see make below). */
  zonemap.focusable = function (layer, label) {
    layer.on("add", function () {
      var element = layer.getElement && layer.getElement();
      if (!element) { return; }
      element.setAttribute("tabindex", "0");
      element.setAttribute("role", "button");
      element.setAttribute("aria-label", label || "");
      element.addEventListener("keydown", function (event) {
        if (event.key !== "Enter" && event.key !== " ") { return; }
        event.preventDefault();
        layer.openPopup(layer.getLatLng ? layer.getLatLng() : layer.getBounds().getCenter());
      });
    });
    layer.on("popupopen", function (event) {
      // a popup long enough to scroll can be scrolled from the keyboard
      var content = event.popup.getElement().querySelector(".leaflet-popup-content");
      if (content && content.scrollHeight > content.clientHeight) { content.setAttribute("tabindex", "0"); }
    });
  };

  /* A round map's link to a zone (round.html#idlib) opens that zone's popup. */
  function openFromLink(map) {
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) { return; }
    var found = {};
    map.eachLayer(function (layer) {
      var props = layer.feature && layer.feature.properties;
      if (props && props.zone_id === id && layer.getPopup()) { found[props.role] = layer; }
    });
    var layer = found.held || found.agreed;
    if (layer) { layer.openPopup(layer.getBounds().getCenter()); }
  }

  /* Printed, every panel is open and the map is fitted to the page's paper. */
  function printable(map, bounds) {
    var folded = [];
    window.addEventListener("beforeprint", function () {
      folded = Array.prototype.slice.call(document.querySelectorAll("details:not([open])"));
      folded.forEach(function (details) { details.setAttribute("open", ""); });
      map.invalidateSize({animate: false});
      map.fitBounds(bounds, zonemap.fitOptions());
    });
    window.addEventListener("afterprint", function () {
      folded.forEach(function (details) { details.removeAttribute("open"); });
      map.invalidateSize({animate: false});
      map.fitBounds(bounds, zonemap.fitOptions());
    });
  }

  /* The zoom and pixel origin Leaflet's fitBounds gives a map of this size with this padding;
     the frame is the fitted extent's south-west and north-east corners in zoom-0 pixels. */
  function view(width, height, frame, zoomSnap, room) {
    var sw = frame[0], ne = frame[1];
    var padX = room.topLeft[0] + room.bottomRight[0], padY = room.topLeft[1] + room.bottomRight[1];
    var zoom = Math.log(Math.min((width - padX) / (ne[0] - sw[0]), (height - padY) / (sw[1] - ne[1]))) / Math.LN2;
    zoom = Math.round(zoom / (zoomSnap / 100)) * (zoomSnap / 100);  // as Leaflet: within 1 %
    zoom = Math.floor(zoom / zoomSnap) * zoomSnap;
    var scale = Math.pow(2, zoom);
    var offX = (room.bottomRight[0] - room.topLeft[0]) / 2, offY = (room.bottomRight[1] - room.topLeft[1]) / 2;
    return {
      scale: scale,
      left: Math.round((sw[0] + ne[0]) / 2 * scale + offX - width / 2),
      top: Math.round((sw[1] + ne[1]) / 2 * scale + offY - height / 2)
    };
  }

  /* SVG path data of a polygon's runs in whole units: each point after a ring's first a
     step from the one before, a minus sign parting two numbers as a space would. Made once
     a path: the governorates are drawn twice, filled and as borders. */
  var svgPaths = new Map();
  function svgPath(path) {
    var d = svgPaths.get(path);
    if (d) { return d; }
    d = "";
    runs(path).forEach(function (run) {
      d += "M" + run[0] + " " + run[1] + "l";
      for (var i = 2; i < run.length; i += 2) {
        var dx = run[i] - run[i - 2], dy = run[i + 1] - run[i - 1];
        d += dx < 0 ? dx : " " + dx;
        d += dy < 0 ? dy : " " + dy;
      }
      d += "z";
    });
    svgPaths.set(path, d);
    return d;
  }

  /* A polygon path in Leaflet's default style, overridden by the layer's own (as L.Path
     does); a coarse one is scaled to the picture's units. Its line is as wide, and its
     dashes as long, in screen pixels as Leaflet draws them: set in the path's own units
     from the fitted scale (perPixel, the picture's units per pixel), since a non-scaling
     stroke would cost the layout a transformed copy of every path. */
  function draw(svg, path, style, className, perPixel, coarse) {
    var element = document.createElementNS(SVG, "path");
    var perLinePixel = perPixel;  // the path's own units per screen pixel
    if (coarse) {
      element.setAttribute("transform", "scale(" + UNITS / COARSE + ")");
      perLinePixel = perPixel * COARSE / UNITS;
    }
    var dashes = style.dashArray && style.dashArray.split(" ").map(function (v) { return v * perLinePixel; });
    var attributes = {
      d: svgPath(path),
      "class": className,
      stroke: style.stroke === false ? "none" : style.color || "#3388ff",
      "stroke-width": (style.weight === undefined ? 3 : style.weight) * perLinePixel,
      "stroke-opacity": style.opacity === undefined ? 1 : style.opacity,
      "stroke-linecap": "round",
      "stroke-linejoin": "round",
      "stroke-dasharray": dashes ? dashes.join(" ") : "none",
      fill: style.fill === false ? "none" : style.fillColor || style.color || "#3388ff",
      "fill-opacity": style.fillOpacity === undefined ? 0.2 : style.fillOpacity,
      "fill-rule": "evenodd"
    };
    Object.keys(attributes).forEach(function (name) { element.setAttribute(name, attributes[name]); });
    svg.appendChild(element);
  }

  /* On the timeline, the step a link names (timeline.html#astana-11), or the first. */
  zonemap.linkedStep = function (steps) {
    var id = window.location.hash.slice(1);
    for (var i = 0; i < steps.length; i++) { if (steps[i].id === id) { return i; } }
    return 0;
  };

  /* The still picture's style of each zone feature: its own on a round's map; on the
     timeline, the one it has at the step the page opens on (none: not shown then). */
  function pictureStyles() {
    var timeline = document.getElementById("zm-steps");
    if (!timeline) {
      return function (props) { return props.style || zonemap.styles[props.role]; };
    }
    var steps = JSON.parse(timeline.textContent);
    var named = JSON.parse(document.getElementById("zm-style").textContent);
    var shapes = steps[zonemap.linkedStep(steps)].shapes;  // shape key: style name
    return function (props) { return named[shapes[props.shape]]; };
  }

  /* The still picture of a map: neighbours, lakes, governorates, the page's zones, then
     the borders, UNDOF area and outline over them, or null for a hidden map.
     The paths are in whole units, fractions of a zoom-0 pixel; the view box zooms as
     fitBounds will. Called from the page's last script, so the page is parsed: the one
     layout the measure costs is the one its first frame needs anyway, done before that
     frame rather than in it, and the picture is laid out once, with its scale. */
  zonemap.drawPreview = function (container, zones, options) {
    var width = container.clientWidth, height = container.clientHeight;
    if (!width || !height) { return null; }  // a hidden map: nothing to see
    var at = view(width, height, options.frame, options.zoomSnap, clearance());
    var perPixel = UNITS / at.scale;
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("class", "zm-preview");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("width", width);
    svg.setAttribute("height", height);
    svg.setAttribute("viewBox", [at.left * perPixel, at.top * perPixel, width * perPixel, height * perPixel].join(" "));
    var paths = zonemap.paths, styles = zonemap.styles;
    function drawn(path, style, className, coarse) { draw(svg, path, style, className, perPixel, coarse); }
    paths.neighbours.forEach(function (path) { drawn(path, styles.neighbours, "zm-preview-neighbour", true); });
    drawn(paths.lakes, styles.lakes, "zm-preview-lakes", true);
    paths.governorates.forEach(function (path) { drawn(path, styles.governorates, "zm-preview-governorate"); });
    var styleOf = pictureStyles();
    zones.features.forEach(function (feature) {
      var id = feature.properties.zone_id, style = styleOf(feature.properties);
      if (style) {
        drawn(paths.shapes[feature.properties.shape], style,
              "zm-preview-zone zm-preview-zone-" + id + " zm-preview-" + feature.properties.role);
      }
    });
    // the lines over the zones, in Leaflet's order (the zm-lines pane)
    paths.governorates.forEach(function (path) { drawn(path, styles.borders, "zm-preview-border"); });
    drawn(paths.undof, styles.undof, "zm-preview-undof");
    drawn(paths.country, styles.country, "zm-preview-country");
    container.appendChild(svg);
    return svg;
  };

  /* Run the page's map script, which returns the map, once Leaflet is there. A linked page
     draws the picture first and makes the map once the picture has been painted and Leaflet
     (an async script in the page's head, which may run before or after this one) has run; a
     standalone page carries Leaflet already and makes the map at once. */
  zonemap.start = function (mapId, zones, options, init) {
    zonemap.round = zones;
    var panels = side();
    if (panels && zonemap.compact()) {
      // on a phone the panels start folded to their titles, leaving the map to the zones
      Array.prototype.slice.call(panels.querySelectorAll("details")).forEach(
        function (details) { details.removeAttribute("open"); });
    }
    var preview = null, map = null;
    /* The map with its zones, controls and posts; the base map's shapes and the names come
       with settle. */
    function make() {
      map = zonemap.map = init();
      // the layer control joins the panels, so that it covers no zone either
      var control = document.querySelector("#" + mapId + " .leaflet-control-layers");
      if (control && panels) { panels.appendChild(control); }
      // What the reader does cannot wait for the rest: a press, a key, a wheel, a move of the
      // map (which the still picture would not follow), a popup opening, a print. Listened
      // for in the capture phase, so that the rest is there before the page answers.
      INPUTS.forEach(function (type) { document.addEventListener(type, settle, {capture: true, once: true}); });
      window.addEventListener("beforeprint", settle);
      map.once("movestart zoomstart resize popupopen", settle);
      printable(map, options.bounds);
      map.on("zoomend", function () { declutter(map); });
      // Leaflet closes a popup on Escape only while the map itself has the focus
      document.addEventListener("keydown", function (event) {
        if (event.key === "Escape") { map.closePopup(); }
      });
      openFromLink(map);
      window.addEventListener("hashchange", function () { openFromLink(map); });
    }
    /* The rest of the map, then the picture under it goes: no frame shows the zones without
       the base map. */
    function settle() {
      if (settled) { return; }
      settled = true;
      INPUTS.forEach(function (type) { document.removeEventListener(type, settle, {capture: true}); });
      waiting.forEach(function (job) { job(); });
      waiting = [];
      declutter(map);
      if (preview) { preview.remove(); }
      loadPopups(options.leafletId, map);  // after the map, so they do not delay it
    }
    // a linked page's Leaflet may have run before this (deferred) script: it has its element
    var leaflet = document.getElementById(options.leafletId);
    if (!leaflet) { make(); settle(); return; }
    preview = zonemap.drawPreview(document.getElementById(mapId), zones, options);
    function run() {
      make();
      if (settled) { return; }  // a link to a zone opened its popup
      // Leaflet's zones cover the picture's from now on, over its base map (page.css)
      if (preview) { preview.classList.add("zm-preview-covered"); }
      requestAnimationFrame(function () { setTimeout(settle, 0); });
    }
    requestAnimationFrame(function () {
      setTimeout(function () {
        // if Leaflet never loads, the picture stays
        if (window.L) { run(); } else { leaflet.onload = run; }
      }, 0);
    });
  };
})(window.zonemap);
