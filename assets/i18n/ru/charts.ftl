# Hashgrid: заголовки графиков, оси, ряды, условные обозначения и единицы (русский).

## Заголовки графиков
chart-load = Потребление электроэнергии и собственная генерация
chart-shortages = Дефицит: ограничения потребителей и импорт
chart-tax-revenue = Поступления от платы за цифровой майнинг
chart-miner-exodus = Мощность майнинга, отток майнеров и доля в мировом хешрейте
chart-focus = Рассматриваемый период
chart-baseline = Готовый сценарий (база)
chart-source = Источник: { $source }
chart-sources = Источники: { $sources }
chart-export-menu = Экспорт ▾
legend-bands = Заливка: 80-процентный интервал (P10–P90) по { $n ->
        [one] { $n } расчёту
       *[other] { $n } расчётам
    }
series-range = { $name } (80-процентный интервал)

## Оси
axis-power = Мощность, МВт
axis-energy-week = Энергия за неделю, ГВт·ч
axis-coal-stock = Запасы угля, млн т
axis-levy-month = За месяц, млн $
axis-levy-cum = Нарастающим итогом, млн $
axis-capacity = Мощность, МВт
axis-share = Доля в мировом хешрейте, %

## Ряды
series-demand-band = Потребление, суточный минимум–максимум
series-demand-avg = Потребление, среднее за 7 суток
series-capacity-peak = Располагаемая мощность станций страны в суточный максимум
series-mining-served = Нагрузка майнинга с учётом ограничений
series-shed-miners = Недоотпуск «белым» и «серым» майнерам
series-shed-nonmining = Недоотпуск населению и промышленности
series-imports = Перетоки из России
series-coal-stock = Запасы угля на станциях, млн т (справа)
series-levy-month = Поступления платы за месяц
series-levy-cum = Поступления нарастающим итогом, млн $ (справа)
series-white = «Белые» (зарегистрированные) мощности
series-gray = «Серые» (незарегистрированные) мощности
series-left-us = Ушли в США, нарастающим итогом
series-left-other = Ушли в Россию и другие страны, нарастающим итогом
series-retired = Выведено из эксплуатации, нарастающим итогом
series-seized = Изъято при рейдах, нарастающим итогом
series-share-model = Доля в мировом хешрейте, модель, % (справа)
series-share-cbeci = Доля в мировом хешрейте, данные CBECI, % (справа)

## Откуда данные графика (подпись экспортируемых графиков)
source-load = Профиль потребления: КОРЭМ, 2018; годовое потребление: Ember; мощности: Ember, KEGOC; майнинг: модель
source-shortages = Диспетчеризация в модели, ожидаемые значения по вариантам аварийных остановов; предельный импорт, уголь и аварии — как задано в сценарии
source-revenue = Ставки платы: Налоговый кодекс (2021), Закон 135-VII (2022); KZT/USD: НБК и пересчёты в прессе
source-exodus = Доля в хешрейте: CCAF CBECI (до янв. 2022); хешпрайс: blockchain.com; перемещения: модель

## Единицы (ГОСТ 8.417)
unit-mw = МВт
unit-gwh = ГВт·ч
unit-twh = ТВт·ч
unit-gwh-per-week = ГВт·ч/нед.
unit-mt = млн т
unit-h = ч
unit-days = сут.
unit-units = шт.
unit-pct = %
unit-pct-of-record = % от факта
unit-pct-of-need = % потребности
unit-pct-per-month = %/мес.
unit-pct-per-yr = %/год
unit-x = ×
unit-j-per-th = Дж/TH
unit-usd-per-kwh = $/кВт·ч
unit-kzt-per-kwh = ₸/кВт·ч
unit-m-usd = млн $
unit-bn-kzt = млрд ₸
unit-million-usd = млн $
