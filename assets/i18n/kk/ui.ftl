# Hashgrid: терезе жазулары, хабарламалар және пәрмен жолы (қазақша).
# Терминдер: assets/i18n/GLOSSARY.md.

window-title = Hashgrid: Қазақстан энергожүйесі және майнинг бумы

## Жоғарғы панель
menu-file = Файл
menu-open = Сценарийді ашу…
menu-save = Сақтау
menu-save-as = Басқаша сақтау…
menu-recent = Соңғы файлдар
menu-recent-empty = Соңғы файлдар жоқ
menu-language = Терезе мен экспортталатын графиктердің тілі
preset-picker = Сценарий:
button-undo = ⟲ Болдырмау
button-redo = ⟳ Қайталау
button-reset = Ысыру
button-reset-tip = Барлық параметрді дайын сценарийдегі мәнге қайтару
button-ok = ОК
button-cancel = Бас тарту
view-baseline = База
view-baseline-tip = Дайын сценарийдің есептеуін өзіңіздікінің артында бозғылт көрсету
view-story = Сипаттама
view-story-tip = Сценарий сипаттамасы, тексерістер және айырмашылықтар панелін көрсету
view-bands = Жолақтар
view-bands-tip = Белгісіздік жолақтары: белгісіз кіріс деректері кездейсоқ алынған есептеулер ансамблі бойынша 80 пайыздық аралық (P10–P90)
view-bands-progress = { $done }/{ $total } есептеу
view-grid = Төртеуі
view-single = Біреуі
export-all = Бәрін экспорттау
export-size = Өлшемі
export-all-as = Барлық графикті { $format } пішімінде…
export-cancel = Экспортты тоқтату
export-cancelling = Тоқтатылуда…
export-progress = Экспорт: { $what }: { $done }/{ $total }
export-what = { $n } график, { $format }
format-png = PNG суреті
format-svg = SVG суреті
format-csv = CSV деректері

## Параметрлер панелі
levers-heading = Параметрлер
levers-changed = { $n } өзгертілді
levers-group-changed = { $group }  ({ $n } өзгертілді)
lever-differs = Дайын сценарийден өзгеше
lever-reset = Дайын сценарийдегі мәнге қайтару
levy-in-force = Қолданыстағы төлемақы, басталу күні бойынша
levy-in-force-none = Бұл сценарийде төлемақы алынбайды.
levy-in-force-flat = { $date }: тіркелген мөлшерлеме { $rate } { $unit }
levy-in-force-progressive = { $date }: прогрессивті шкала, электр бағасына қарай 1–25 ₸/кВт·сағ
lever-inactive = Мұнда әсер етпейді: «{ $lever }» қараңыз
lever-hover = { $help }

    Дереккөз: { $source }
    Дайын сценарийде: { $value }
order-earlier = Ертерек шектеу
order-later = Кейінірек шектеу
value-on = қосулы
value-off = өшірулі
value-never = ешқашан
value-never-title = Ешқашан
date-day-prefix = күні{" "}

## Сипаттама панелі
story-focus = Қарастырылатын кезең: { $from } – { $to }
story-heading = Сценарий сипаттамасы
story-sources = Дереккөздер
story-differs = Дайын сценарийден айырмашылықтар
story-differs-empty = Әзірге ештеңе жоқ: сол жақтағы параметрді өзгертіңіз.
story-checks = Модель және нақты деректер: аралық ішінде { $n } / { $m }
story-history = Өзгерістер журналы ({ $n } қадам)
story-history-empty = Әзірге өзгеріс жоқ.
story-history-jump = Осы өзгерістің алдындағы күйге оралу
history-reset = Дайын сценарийге қайтару
outcomes-expected = Күтілетін мәндер: станциялардың авариялық тоқтауларының барлық нұсқасы бойынша орташа
outcomes-drawn = Авариялық тоқтаулардың бір кездейсоқ іске асуы (бастапқы мәні { $seed })
outcomes-note = { $what }. Графиктердегі бояу белгісіз кіріс деректері бар көп есептеу бойынша 80 пайыздық аралықты (P10–P90) көрсетеді.
outcomes-col-outcome = Нәтиже 2020–2023
outcomes-col-preset = Бастапқы
outcomes-col-now = Қазір
outcomes-col-change = Өзг.
headline-with-unit = { $label }, { $unit }
checks-col-figure = Көрсеткіш
checks-col-record = Нақты / модель
checks-band = Аралық: { $low } … { $high } { $unit }
    Дереккөз: { $source }
checks-model = модель: { $value } { $unit }
checks-fitted = Бапталған: бұл көрсеткішке жорамал калибрленді, сондықтан ол тексеріс ретінде есептелмейді
checks-shown = Тек мәлімет үшін: бұл көрсеткішті кіріс деректері береді, сондықтан ол тексеріс ретінде есептелмейді
checks-inside = Дереккөздер бойынша аралық ішінде
checks-outside = Дереккөздер бойынша аралықтан тыс

## Нәтижелер (идентификаторлар JSON-дағыдай)
headline-shed_nonmining_gwh = Халық пен өнеркәсіпке жеткізілмеген энергия
headline-lole_nonmining_h = Халық не өнеркәсіп шектелген сағаттар
headline-shed_miners_gwh = Майнерлерге жеткізілмеген энергия
headline-levy_usd_m = Майнинг төлемақысынан түсімдер
headline-peak_mining_mw = Майнингтің ең жоғары жүктемесі
headline-exodus_mw = Шетелге көшкені
headline-retired_mw = Орнында пайдаланудан шығарылғаны
headline-seized_mw = Рейдтерде алып қойылғаны
headline-imports_twh = Электр энергиясының импорты
headline-import_bill_usd_m = Импорт құны

## Күй жолағы және хабарламалар
status-run-ms = Модель есептеуі: { $ms } мс
status-seed = Бастапқы мән { $seed }
status-outages = Авариялар: { $mode }
status-warnings = { $n } ескерту: { $last }
status-no-warnings = Ескерту жоқ
status-loaded-preset = Дайын сценарий жүктелді: «{ $title }».
status-opened = Файл ашылды: { $path }.
status-saved = Сақталды: { $path }.
status-export-running = Экспорт қазір орындалып жатыр.
status-exported-one = Экспортталды: { $path }.
status-exported-many = Экспортталды ({ $what }). Қалта: { $dir }.
status-export-cancelled = Экспорт тоқтатылды, бірде-бір файл жазылмады.
status-restored = Өткен сеансыңыз қалпына келтірілді.
status-autosave-unreadable = Автосақталған сценарий оқылмады; бүкіл тарих сценарийі ашылды.
error-title = Бірдеңе дұрыс болмады
error-no-preset = «{ $id }» атты дайын сценарий жоқ.
error-line-col = Жол { $line }, баған { $col }
error-open-intro = Бұл файл ашылмады; сценарийіңіз өзгерген жоқ.
error-file = Файл: { $file }
error-save = Сақтау мүмкін болмады: { $path }: { $error }
    Дискідегі файл өзгерген жоқ.
error-export = Экспорт сәтсіз аяқталды: { $error }

export-error-create-dir = { $path } қалтасын құру мүмкін болмады: { $error }
export-error-render = { $chart } графигін салу мүмкін болмады: { $error }
export-error-write = { $path } жазу мүмкін болмады: { $error }
export-error-empty = экспорттайтын график жоқ
export-error-unsafe-name = «{ $name }» — қарапайым файл атауы емес; ештеңе жазылмады
export-error-cancelled = экспорт тоқтатылды; бірде-бір файл жазылмады

## Файл диалогтары
dialog-open = Сценарийді ашу
dialog-save-as = Сценарийді басқаша сақтау
dialog-export-chart = Графикті файлға экспорттау
dialog-export-all = Барлық графикті қалтаға экспорттау
dialog-no-picker = Жүйеде файл таңдау терезесі жоқ; жолды теріңіз.
dialog-filter = Hashgrid сценарийі

## Экспортталатын графиктер
export-subtitle = Сценарий: { $title } ({ $id })
export-subtitle-changed = Сценарий: { $title } ({ $id }) | өзгертілді: { $changes }

## Күндер: тілдегі күн, ай және жыл реті
fmt-date = { $year } ж. { $day } { $month }
fmt-month-year = { $year } ж. { $month }
month-abbr-1 = қаң.
month-abbr-2 = ақп.
month-abbr-3 = нау.
month-abbr-4 = сәу.
month-abbr-5 = мам.
month-abbr-6 = мау.
month-abbr-7 = шіл.
month-abbr-8 = там.
month-abbr-9 = қыр.
month-abbr-10 = қаз.
month-abbr-11 = қар.
month-abbr-12 = жел.
month-day-1 = қаңтар
month-day-2 = ақпан
month-day-3 = наурыз
month-day-4 = сәуір
month-day-5 = мамыр
month-day-6 = маусым
month-day-7 = шілде
month-day-8 = тамыз
month-day-9 = қыркүйек
month-day-10 = қазан
month-day-11 = қараша
month-day-12 = желтоқсан
month-1 = қаңтар
month-2 = ақпан
month-3 = наурыз
month-4 = сәуір
month-5 = мамыр
month-6 = маусым
month-7 = шілде
month-8 = тамыз
month-9 = қыркүйек
month-10 = қазан
month-11 = қараша
month-12 = желтоқсан

## Пәрмен жолы
cli-warning = ескерту: { $text }
cli-no-preset = «{ $name }» атты дайын сценарий не файл жоқ (дайын сценарийлер: { $ids })
cli-set-syntax = --set «{ $arg }»: ПАРАМЕТР=МӘН түрінде жазыңыз
cli-size-syntax = --size «{ $arg }»: ЕНІxБИІКТІГІ түрінде жазыңыз, мысалы 1600x900
cli-size-width = --size «{ $arg }»: ені сан емес
cli-size-height = --size «{ $arg }»: биіктігі сан емес
cli-size-range = --size «{ $arg }»: ені 400–8000, биіктігі 300–6000 пиксель болуы керек
cli-runs-range = --runs { $runs }: 1 мен { $max } аралығында таңдаңыз
cli-lever-range = ауқымы { $range }; әдепкісі { $default }
cli-range-number = { $min } – { $max } (қадамы { $step })
cli-range-date = { $min } – { $max } немесе `never`
cli-cannot-write = hashgrid: нәтижені шығару мүмкін болмады: { $error }

## Файлдар мен пәрмен жолындағы параметр мәндері
scen-not-number = { $id }: { $value } сан емес; { $min } мәні қойылды
scen-clamped = { $id }: { $value } { $min }..{ $max } { $unit } аралығынан тыс; { $clamped } мәні қойылды
scen-date-clamped = { $id }: { $value } { $min }..{ $max } аралығынан тыс; { $clamped } мәні қойылды (өшіру үшін "never" деп жазыңыз)
scen-unusable-number = { $id }: { $value } жарамсыз сан (тым үлкен немесе сан емес); { $min } … { $max } аралығындағы мәнді жазыңыз
scen-not-date = { $id }: «{ $value }» күн емес (ЖЖЖЖ-АА-КК түрінде { $min } … { $max } аралығында немесе "never" деп жазыңыз)
scen-not-one-of = { $id }: «{ $value }» мына нұсқалардың бірі емес: { $options }
scen-twice = { $id }: «{ $value }» екі рет жазылған
scen-list-all = { $id }: мына нұсқалардың әрқайсысын дәл бір рет жазыңыз: { $options }
scen-wrong-kind = { $id }: күтілгені — { $expected }, берілгені — { $found }
scen-unknown-lever = белгісіз параметр: «{ $id }» (`hashgrid levers` қараңыз)
scen-text-not-number = { $id }: «{ $value }» сан емес
scen-not-bool = { $id }: «{ $value }» true/false емес
scen-equal-hours = hours_from мен hours_to екеуі де { $hours }: сағаттар тең болса, тәулік уақыты бойынша шектеу жоқ (майнерлер тәулік бойы жұмыс істей алады)
kind-number = сан
kind-date = "2022-01-01" түріндегі күн немесе "never"
kind-choice = нұсқа жолы
kind-list = жолдар тізімі
kind-flag = true немесе false
raw-number = сан
raw-string = жол
raw-list = тізім
raw-bool = логикалық мән

## Сценарий файлы неге оқылмады
explain-thing-scenario = сценарий
explain-thing-outage = авария сипаттамасы
explain-thing-check = тексеріс
explain-thing-focus = focus
explain-thing-levers = levers
explain-thing-metric = метрика
explain-want-date = "2021-10-14" түріндегі күн
explain-want-whole = бүтін сан
explain-want-number = сан
explain-want-bool = true немесе false
explain-want-text = қос тырнақшадағы мәтін
explain-want-list = [ ] ішіндегі тізім
explain-want-metric = метрика, мысалы MiningMw(month: "2021-10")
explain-want-group = ( ) ішіндегі топ
explain-want-other = басқа түрдегі мән
explain-unknown-field-list = белгісіз өріс: «{ $found }»; рұқсат етілгендері: { $names }
explain-unknown-field-typo = белгісіз өріс: «{ $found }»; «{ $name }» болуы мүмкін бе? (`hashgrid levers` қараңыз)
explain-unknown-field = белгісіз өріс: «{ $found }» (атаулары — `hashgrid levers` ішінде)
explain-unknown-metric-list = белгісіз метрика: «{ $found }»; рұқсат етілгендері: { $names }
explain-unknown-metric-typo = белгісіз метрика: «{ $found }»; «{ $name }» болуы мүмкін бе? (`hashgrid levers` қараңыз)
explain-unknown-metric = белгісіз метрика: «{ $found }» (атаулары — `hashgrid levers` ішінде)
explain-missing-field-in = { $thing } ішінде «{ $field }» өрісі жоқ
explain-missing-field = «{ $field }» өрісі жоқ
explain-duplicate-field = «{ $field }» өрісі екі рет жазылған
explain-eof = файл тым ерте аяқталады (қиылып қалған ба?)
explain-whole-no-point = мұнда бүтін сан керек (ондық нүктесіз және дәрежесіз)
explain-comma = осы жердің алдында үтір (немесе жабатын жақша) жетіспейді
explain-string = мұнда қос тырнақшадағы мәтін керек
explain-string-end = бұл мәтіннің жабатын қос тырнақшасы жоқ
explain-float = мұнда сан керек
explain-integer = мұнда бүтін сан керек
explain-integer-bounds = { $value } мұнда жарамайды: 0-ден бастап бүтін сан керек, ал бұл теріс немесе тым үлкен
explain-not-digit = «{ $value }» цифр емес
explain-bool = мұнда true немесе false керек
explain-array = мұнда [ ] ішіндегі тізім керек
explain-array-end = мұнда тізімге үтір немесе жабатын ] керек
explain-group-not = мұнда «{ $found }» емес, ( ) ішіндегі топ керек
explain-group = мұнда ( ) ішіндегі топ керек
explain-group-end = мұнда үтір немесе жабатын ) керек
explain-map = сценарий файлдарында топтар {"{"} {"}"} емес, ( атауы: мәні, ... ) түрінде жазылады
explain-identifier = мұнда өріс атауы керек
explain-unexpected-char = күтілмеген таңба: «{ $value }»
explain-trailing = сценарийдің жабатын ) белгісінен кейін тағы мәтін бар
explain-comment = түсініктеме жабылмаған
explain-nested = файлдың кірістірілуі тым терең
explain-utf8 = бұл жерде файл UTF-8 мәтіні емес
explain-expected-found = күтілгені — { $expected }, берілгені — { $found }
explain-length = күтілгені — { $expected }, берілген элементтер саны — { $found }
explain-not-date = «{ $value }» күн емес: "ЖЖЖЖ-АА-КК" түрінде, { $from } … { $to } аралығында жазыңыз
explain-empty = файл бос; сценарий файлы ( белгісімен басталып, format_version, id, title, focus, narrative, sources, levers, outages және checks тізімін береді (presets/ ішіндегі файлдарды қараңыз)
explain-json = бұл JSON сияқты; сценарий файлы RON пішімінде, presets/ ішіндегі файлдар сияқты жазылады ('(' белгісімен басталып, атауы: мәні түрінде жазады)

## Сценарий файлының шектеулері
val-item-outage = авария
val-item-check = тексеріс
val-item-source = дереккөз
val-too-long = — ұзындығы { $n } таңба, ең көбі { $max } рұқсат етіледі
val-control-char = — басқару таңбасы бар ({ $char }); бір жолға, табсыз жазыңыз
val-too-many = { $list }: { $n } жазба, ең көбі { $max } рұқсат етіледі
val-not-in-run = { $what }: { $date } есептеу күні емес; { $from } … { $to } аралығындағы күнді жазыңыз
val-focus-order = focus: 'to' ({ $to }) 'from' ({ $from }) күнінен ерте
val-outage-name = авария { $n } («{ $label }»)
val-units = { $name }: units — 1 … { $max } аралығындағы бүтін сан
val-unit-mw = { $name }: unit_mw = { $value }; бір блоктың қуатын жазыңыз, 0-ден көп және ең көбі { $max } МВт
val-class = { $name }: «{ $class }» класы станциялар паркінде жоқ; мыналардың бірін жазыңыз: { $known }, не парктегі тізімде жоқ қуат үшін класты жазбаңыз
val-days = { $name }: days — 1 … { $max }
val-outside = { $name }: { $start } күнінен { $days } тәулік есептеуден тыс ({ $from } – { $to }), сондықтан ештеңе өзгертпейді
val-early = { $name } есептеу басталмай тұрып, { $start } күні басталады; { $first } күнінен бастап есептеледі: { $days } тәуліктің есептеуге түсетін { $kept }-і
val-check-who = тексеріс { $n } («{ $id }»)

## Сценарий файлын оқу
file-not-utf8 = бұл жерде файл UTF-8 мәтіні емес ({ $byte }-байт); оны UTF-8 түрінде сақтаңыз
file-too-big = файл өлшемі { $bytes } байт; сценарий файлы ең көбі { $max } байт болуы мүмкін (1 МиБ)
file-version = format_version { $version } қолдау көрсетілмейді (Hashgrid-тің бұл нұсқасы { $oldest } … { $newest } нұсқаларын оқиды)
file-cannot-read = файлды оқу мүмкін болмады: { $error }
file-is-folder = бұл — қалта; сценарий кәдімгі .ron файлынан оқылады
file-not-regular = бұл кәдімгі файл емес; сценарий кәдімгі .ron файлынан оқылады

# Problems in a scenario file's checks (scenario/checks.rs)
check-problem-not-finite = { $field } мәні { $value }; шекті сан жазыңыз
check-problem-band = high ({ $high }) low мәнінен ({ $low }) кіші, сондықтан тексеріс ешқашан өтпейді
check-problem-month = «{ $month }» есептеу айы емес; 2020-01 мен 2023-12 аралығында «ЖЖЖЖ-АА» түрінде жазыңыз
check-problem-year = { $year } есептеу жылы емес ({ $first }–{ $last })
check-problem-window-date = { $date } есептеу күні емес; 2020-01-01 мен 2023-12-31 аралығындағы күнді жазыңыз
check-problem-to-before-from = «to» ({ $to }) «from» күнінен ({ $from }) бұрын
check-problem-month-number = { $field } { $value } ай нөмірі емес (1-ден 12-ге дейін)
check-problem-month-order = to_month ({ $to }) from_month мәнінен ({ $from }) кіші
check-problem-record-day = record_day ({ $record }) «from» күнінен ({ $from }) кейін болуы керек
check-problem-date = { $date } бұл тексеріс пайдалана алатын күн емес; { $first } мен 2023-12-31 аралығындағы күнді жазыңыз

# The command line's help (cli/help.rs)
cli-help-about = «Егер де…» сценарийлерін зерттеу: Қазақстанның энергожүйесі және 2021–2023 жылдардағы криптомайнинг бумы
cli-help-usage = Қолданылуы:
cli-help-options = Параметрлер
cli-help-commands = Командалар
cli-help-help = Анықтаманы көрсету
cli-help-version = Нұсқасын көрсету
cli-help-lang = Хабарламалар мен экспортталатын графиктердің тілі: en, ru немесе kk. JSON кілттері, CSV бағандары және параметр идентификаторлары барлық тілде бірдей
cli-help-run = Сценарийді есептеп, айлық нәтижелерді, қорытындыны және нақты деректермен салыстыруды шығару
cli-help-export = Есептерге арналған әр графикті жеке файлға (PNG, SVG немесе CSV) жазу
cli-help-ensemble = Белгісіз кіріс деректер бойынша ансамбльді есептеп, процентильдерді (P10/P50/P90) шығару
cli-help-presets = Дайын сценарийлер тізімі
cli-help-levers = Барлық параметрлердің бірліктері, ауқымдары және әдепкі мәндерімен тізімі
cli-help-docs = Генерацияланатын құжаттаманы қайта жасау (docs/levers.md және docs/model.md калибрлеу бөлімі)
cli-help-preset = Дайын сценарийдің идентификаторы (`hashgrid presets` қараңыз) немесе .ron сценарий файлының жолы
cli-help-set = Параметрді өзгерту, мысалы --set levy_rate=10 (қайталауға болады; идентификаторлар `hashgrid levers` ішінде)
cli-help-format = Шығару форматы
cli-help-out = Файлдар жазылатын қалта
cli-help-export-format = Графиктер файлының форматы
cli-help-size = Суреттің пиксельдік өлшемі, ЕНІxБИІКТІГІ
cli-help-export-runs = Осынша есептеуден тұратын ансамбль бойынша белгісіздік жолақтарын салу (P10–P90)
cli-help-seed = Ансамбль генераторының бастапқы мәні
cli-help-runs = Ансамбльдегі есептеулер саны
cli-help-threads = Жұмыс ағындарының саны (әдепкі бойынша барлық ядролар). Нәтижеге әсер етпейді
cli-help-docs-out = Құжаттама қалтасы
cli-help-default = әдепкісі: { $value }
cli-help-values = мүмкін мәндер: { $values }
cli-help-usage-options = [ПАРАМЕТРЛЕР]
cli-help-usage-command = [КОМАНДА]
cli-argument-error = hashgrid: { $msg } (`hashgrid --help` қараңыз)
cli-error-unknown = белгісіз аргумент: «{ $arg }»
cli-error-missing = міндетті аргументтер көрсетілмеген: { $arg }
cli-error-value = «{ $arg }» үшін «{ $value }» мәні жарамсыз (мүмкін мәндер: { $valid })
