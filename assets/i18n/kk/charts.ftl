# Hashgrid: график тақырыптары, осьтер, қатарлар, шартты белгілер және бірліктер (қазақша).

## График тақырыптары
chart-load = Электр энергиясын тұтыну және отандық генерация
chart-shortages = Тапшылық: тұтынушыларды шектеу және импорт
chart-tax-revenue = Цифрлық майнинг үшін төлемақыдан түсімдер
chart-miner-exodus = Майнинг қуаты, майнерлердің кетуі және әлемдік хешрейттегі үлес
chart-focus = Қарастырылатын кезең
chart-baseline = Дайын сценарий (база)
chart-source = Дереккөз: { $source }
chart-sources = Дереккөздер: { $sources }
chart-export-menu = Экспорт ▾
legend-bands = Бояу: { $n } есептеу бойынша 80 пайыздық аралық (P10–P90)
series-range = { $name } (80 пайыздық аралық)

## Осьтер
axis-power = Қуат, МВт
axis-energy-week = Апталық энергия, ГВт·сағ
axis-coal-stock = Көмір қоры, млн т
axis-levy-month = Айына, млн $
axis-levy-cum = Жинақталған сома, млн $
axis-capacity = Қуат, МВт
axis-share = Әлемдік хешрейттегі үлес, %

## Қатарлар
series-demand-band = Тұтыну, тәуліктік ең аз – ең көп
series-demand-avg = Тұтыну, 7 тәуліктік орташа
series-capacity-peak = Тәуліктік ең жоғары жүктемедегі ел станцияларының қолда бар қуаты
series-mining-served = Шектеулерді ескергендегі майнинг жүктемесі
series-shed-miners = «Ақ» және «сұр» майнерлерге жеткізілмеген энергия
series-shed-nonmining = Халық пен өнеркәсіпке жеткізілмеген энергия
series-imports = Ресейден келетін ағындар
series-coal-stock = Станциялардағы көмір қоры, млн т (оң жақта)
series-levy-month = Айлық төлемақы түсімі
series-levy-cum = Жинақталған түсім, млн $ (оң жақта)
series-white = «Ақ» (тіркелген) қуаттар
series-gray = «Сұр» (тіркелмеген) қуаттар
series-left-us = АҚШ-қа кеткені, жинақталған
series-left-other = Ресейге не басқа елдерге кеткені, жинақталған
series-retired = Пайдаланудан шығарылғаны, жинақталған
series-seized = Рейдтерде алып қойылғаны, жинақталған
series-share-model = Әлемдік хешрейттегі үлес, модель, % (оң жақта)
series-share-cbeci = Әлемдік хешрейттегі үлес, CBECI деректері, % (оң жақта)

## Графиктің деректері қайдан алынған (экспортталған графиктің төменгі жазуы)
source-load = Тұтыну профилі: КОРЭМ, 2018; жылдық тұтыну: Ember; қуаттар: Ember, KEGOC; майнинг: модель
source-shortages = Модельдегі диспетчерлеу, авариялық тоқтаулар нұсқалары бойынша күтілетін мәндер; импорт шегі, көмір және авариялар сценарийде берілгендей
source-revenue = Төлемақы мөлшерлемелері: Салық кодексі (2021), 135-VII Заң (2022); KZT/USD: ҰБ және баспасөздегі қайта есептеулер
source-exodus = Хешрейттегі үлес: CCAF CBECI (2022 ж. қаңтарға дейін); хешпрайс: blockchain.com; ағындар: модель

## Бірліктер
unit-mw = МВт
unit-gwh = ГВт·сағ
unit-twh = ТВт·сағ
unit-gwh-per-week = ГВт·сағ/апта
unit-mt = млн т
unit-h = сағ
unit-days = тәул.
unit-units = дана
unit-pct = %
unit-pct-of-record = нақтыдан %
unit-pct-of-need = қажеттіліктен %
unit-pct-per-month = %/ай
unit-pct-per-yr = %/жыл
unit-x = ×
unit-j-per-th = Дж/TH
unit-usd-per-kwh = $/кВт·сағ
unit-kzt-per-kwh = ₸/кВт·сағ
unit-m-usd = млн $
unit-bn-kzt = млрд ₸
unit-million-usd = млн $
