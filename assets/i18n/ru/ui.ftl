# Hashgrid: надписи окна, сообщения и командная строка (русский).
# Термины: assets/i18n/GLOSSARY.md.

window-title = Hashgrid: энергосистема Казахстана и майнинговый бум

## Верхняя панель
menu-file = Файл
menu-open = Открыть сценарий…
menu-save = Сохранить
menu-save-as = Сохранить как…
menu-recent = Недавние
menu-recent-empty = Недавних файлов нет
menu-language = Язык окна и экспортируемых графиков
preset-picker = Сценарий:
button-undo = ⟲ Отменить
button-redo = ⟳ Повторить
button-reset = Сбросить
button-reset-tip = Вернуть все параметры готового сценария
button-ok = ОК
button-cancel = Отмена
view-baseline = База
view-baseline-tip = Показать расчёт готового сценария бледно позади вашего
view-story = Описание
view-story-tip = Показать панель с описанием сценария, проверками и отличиями
view-bands = Полосы
view-bands-tip = Полосы неопределённости: 80-процентный интервал (P10–P90) по ансамблю расчётов со случайными значениями неопределённых входных данных
view-bands-progress = { $done }/{ $total } расч.
view-grid = Все 4
view-single = Один
export-all = Экспорт всего
export-size = Размер
export-all-as = Все графики в { $format }…
export-cancel = Прервать экспорт
export-cancelling = Прерывание…
export-progress = Экспорт: { $what }: { $done }/{ $total }
export-what = { $n ->
        [one] { $n } график в { $format }
        [few] { $n } графика в { $format }
       *[many] { $n } графиков в { $format }
    }
format-png = Изображение PNG
format-svg = Изображение SVG
format-csv = Данные CSV

## Панель параметров
levers-heading = Параметры
levers-changed = { $n ->
        [one] изменён { $n }
       *[other] изменено { $n }
    }
levers-group-changed = { $group }  ({ $n ->
        [one] изменён { $n }
       *[other] изменено { $n }
    })
lever-differs = Отличается от готового сценария
lever-reset = Вернуть значение готового сценария
levy-in-force = Действующая плата, по дате начала
levy-in-force-none = В этом сценарии плата не взимается.
levy-in-force-flat = { $date }: фиксированная ставка { $rate } { $unit }
levy-in-force-progressive = { $date }: прогрессивная шкала, 1–25 ₸/кВт·ч в зависимости от цены электроэнергии
lever-inactive = Здесь не действует: см. «{ $lever }»
lever-hover = { $help }

    Источник: { $source }
    В готовом сценарии: { $value }
order-earlier = Ограничивать раньше
order-later = Ограничивать позже
value-on = вкл.
value-off = выкл.
value-never = никогда
value-never-title = Никогда
date-day-prefix = день{" "}

## Панель описания
story-focus = Рассматриваемый период: { $from } – { $to }
story-heading = Описание сценария
story-sources = Источники
story-differs = Отличия от готового сценария
story-differs-empty = Пока ничего: измените параметр слева.
story-checks = Модель и факт: в коридоре { $n } из { $m ->
        [one] { $m } проверки
       *[other] { $m } проверок
    }
story-history = Журнал изменений ({ $n } { $n ->
        [one] шаг
        [few] шага
       *[many] шагов
    })
story-history-empty = Изменений пока нет.
story-history-jump = Вернуться к состоянию перед этим изменением
history-reset = Сброс к готовому сценарию
outcomes-expected = Ожидаемые значения: усреднение по всем вариантам аварийных остановов станций
outcomes-drawn = Одна случайная реализация аварийных остановов (зерно { $seed })
outcomes-note = { $what }. Заливка на графиках показывает 80-процентный интервал (P10–P90) по множеству расчётов с неопределёнными входными данными.
outcomes-col-outcome = Итог 2020–2023
outcomes-col-preset = Исходный
outcomes-col-now = Сейчас
outcomes-col-change = Изм.
headline-with-unit = { $label }, { $unit }
checks-col-figure = Показатель
checks-col-record = Факт / модель
checks-band = Коридор: от { $low } до { $high } { $unit }
    Источник: { $source }
checks-model = модель: { $value } { $unit }
checks-fitted = Подобрано: под этот показатель калибровалось допущение, поэтому он не считается проверкой
checks-shown = Только для сведения: показатель задан входными данными, поэтому он не считается проверкой
checks-inside = В пределах коридора по данным источников
checks-outside = Вне коридора по данным источников

## Итоги (идентификаторы как в JSON)
headline-shed_nonmining_gwh = Недоотпуск населению и промышленности
headline-lole_nonmining_h = Часы с ограничением населения или промышленности
headline-shed_miners_gwh = Недоотпуск майнерам
headline-levy_usd_m = Поступления от платы за майнинг
headline-peak_mining_mw = Максимум нагрузки майнинга
headline-exodus_mw = Переехали за рубеж
headline-retired_mw = Выведены из эксплуатации на месте
headline-seized_mw = Изъяты в ходе рейдов
headline-imports_twh = Импорт электроэнергии
headline-import_bill_usd_m = Стоимость импорта

## Строка состояния и сообщения
status-run-ms = Расчёт модели: { $ms } мс
status-seed = Зерно { $seed }
status-outages = Аварии: { $mode }
status-warnings = { $n ->
        [one] { $n } предупреждение: { $last }
        [few] { $n } предупреждения: { $last }
       *[many] { $n } предупреждений: { $last }
    }
status-no-warnings = Предупреждений нет
status-loaded-preset = Загружен готовый сценарий «{ $title }».
status-opened = Открыт файл { $path }.
status-saved = Сохранено: { $path }.
status-export-running = Экспорт уже выполняется.
status-exported-one = Экспортировано: { $path }.
status-exported-many = Экспортировано ({ $what }) в папку { $dir }.
status-export-cancelled = Экспорт прерван, файлы не записаны.
status-restored = Восстановлен ваш прошлый сеанс.
status-autosave-unreadable = Автосохранённый сценарий не удалось прочитать; открыт сценарий всей истории.
error-title = Что-то пошло не так
error-no-preset = Готового сценария «{ $id }» нет.
error-line-col = Строка { $line }, столбец { $col }
error-open-intro = Этот файл не удалось открыть; ваш сценарий не изменился.
error-file = Файл: { $file }
error-save = Не удалось сохранить { $path }: { $error }
    Файл на диске не изменился.
error-export = Экспорт не удался: { $error }

export-error-create-dir = не удалось создать папку { $path }: { $error }
export-error-render = не удалось нарисовать график { $chart }: { $error }
export-error-write = не удалось записать { $path }: { $error }
export-error-empty = нет графиков для экспорта
export-error-unsafe-name = «{ $name }» — не простое имя файла; ничего не записано
export-error-cancelled = экспорт прерван; файлы не записаны

## Диалоги файлов
dialog-open = Открыть сценарий
dialog-save-as = Сохранить сценарий как
dialog-export-chart = Экспорт графика в файл
dialog-export-all = Экспорт всех графиков в папку
dialog-no-picker = В системе нет окна выбора файлов; введите путь.
dialog-filter = Сценарий Hashgrid

## Экспортируемые графики
export-subtitle = Сценарий: { $title } ({ $id })
export-subtitle-changed = Сценарий: { $title } ({ $id }) | изменено: { $changes }

## Даты: день, месяц и год в порядке, принятом в языке
fmt-date = { $day } { $month } { $year } г.
fmt-month-year = { $month } { $year }
month-abbr-1 = янв.
month-abbr-2 = февр.
month-abbr-3 = март
month-abbr-4 = апр.
month-abbr-5 = май
month-abbr-6 = июнь
month-abbr-7 = июль
month-abbr-8 = авг.
month-abbr-9 = сент.
month-abbr-10 = окт.
month-abbr-11 = нояб.
month-abbr-12 = дек.
month-day-1 = янв.
month-day-2 = февр.
month-day-3 = мар.
month-day-4 = апр.
month-day-5 = мая
month-day-6 = июн.
month-day-7 = июл.
month-day-8 = авг.
month-day-9 = сент.
month-day-10 = окт.
month-day-11 = нояб.
month-day-12 = дек.
month-1 = январь
month-2 = февраль
month-3 = март
month-4 = апрель
month-5 = май
month-6 = июнь
month-7 = июль
month-8 = август
month-9 = сентябрь
month-10 = октябрь
month-11 = ноябрь
month-12 = декабрь

## Командная строка
cli-warning = предупреждение: { $text }
cli-no-preset = нет готового сценария или файла «{ $name }» (готовые сценарии: { $ids })
cli-set-syntax = --set «{ $arg }»: пишите ПАРАМЕТР=ЗНАЧЕНИЕ
cli-size-syntax = --size «{ $arg }»: пишите ШИРИНАxВЫСОТА, например 1600x900
cli-size-width = --size «{ $arg }»: ширина — не число
cli-size-height = --size «{ $arg }»: высота — не число
cli-size-range = --size «{ $arg }»: ширина должна быть от 400 до 8000, высота — от 300 до 6000 пикселей
cli-runs-range = --runs { $runs }: выберите от 1 до { $max }
cli-lever-range = диапазон { $range }; по умолчанию { $default }
cli-range-number = от { $min } до { $max } (шаг { $step })
cli-range-date = от { $min } до { $max } или `never`
cli-cannot-write = hashgrid: не удалось вывести результат: { $error }

## Значения параметров из файлов и командной строки
scen-not-number = { $id }: { $value } — не число; установлено { $min }
scen-clamped = { $id }: { $value } вне диапазона { $min }..{ $max } { $unit }; установлено { $clamped }
scen-date-clamped = { $id }: { $value } вне диапазона { $min }..{ $max }; установлено { $clamped } (чтобы выключить, напишите "never")
scen-unusable-number = { $id }: { $value } — непригодное число (слишком большое или не число); укажите значение от { $min } до { $max }
scen-not-date = { $id }: «{ $value }» — не дата (пишите ГГГГ-ММ-ДД от { $min } до { $max } или "never")
scen-not-one-of = { $id }: «{ $value }» — не один из вариантов { $options }
scen-twice = { $id }: «{ $value }» указан дважды
scen-list-all = { $id }: перечислите каждый из вариантов { $options } ровно один раз
scen-wrong-kind = { $id }: ожидается { $expected }, а указано { $found }
scen-unknown-lever = неизвестный параметр «{ $id }» (см. `hashgrid levers`)
scen-text-not-number = { $id }: «{ $value }» — не число
scen-not-bool = { $id }: «{ $value }» — не true/false
scen-equal-hours = hours_from и hours_to оба равны { $hours }: при равных часах ограничения по времени нет (майнеры могут работать все 24 часа)
kind-number = число
kind-date = дата в виде "2022-01-01" или "never"
kind-choice = строка с вариантом
kind-list = список строк
kind-flag = true или false
raw-number = число
raw-string = строка
raw-list = список
raw-bool = логическое значение

## Почему файл сценария не удалось прочитать
explain-thing-scenario = сценарии
explain-thing-outage = описании аварии
explain-thing-check = проверке
explain-thing-focus = focus
explain-thing-levers = levers
explain-thing-metric = метрике
explain-want-date = дата вида "2021-10-14"
explain-want-whole = целое число
explain-want-number = число
explain-want-bool = true или false
explain-want-text = текст в двойных кавычках
explain-want-list = список в [ ]
explain-want-metric = метрика, например MiningMw(month: "2021-10")
explain-want-group = группа в ( )
explain-want-other = значение другого вида
explain-unknown-field-list = неизвестное поле «{ $found }»; допустимы: { $names }
explain-unknown-field-typo = неизвестное поле «{ $found }»; может быть, «{ $name }»? (см. `hashgrid levers`)
explain-unknown-field = неизвестное поле «{ $found }» (названия — в `hashgrid levers`)
explain-unknown-metric-list = неизвестная метрика «{ $found }»; допустимы: { $names }
explain-unknown-metric-typo = неизвестная метрика «{ $found }»; может быть, «{ $name }»? (см. `hashgrid levers`)
explain-unknown-metric = неизвестная метрика «{ $found }» (названия — в `hashgrid levers`)
explain-missing-field-in = нет поля «{ $field }» в { $thing }
explain-missing-field = нет поля «{ $field }»
explain-duplicate-field = поле «{ $field }» указано дважды
explain-eof = файл обрывается слишком рано (обрезан?)
explain-whole-no-point = здесь нужно целое число (без десятичной точки и порядка)
explain-comma = перед этим местом пропущена запятая (или закрывающая скобка)
explain-string = здесь нужен текст в двойных кавычках
explain-string-end = у этого текста нет закрывающей двойной кавычки
explain-float = здесь нужно число
explain-integer = здесь нужно целое число
explain-integer-bounds = { $value } здесь недопустимо: нужно целое число от 0, а это отрицательное или слишком большое
explain-not-digit = «{ $value }» — не цифра
explain-bool = здесь нужно true или false
explain-array = здесь нужен список в [ ]
explain-array-end = здесь в списке нужна запятая или закрывающая ]
explain-group-not = здесь нужна группа в ( ), а не «{ $found }»
explain-group = здесь нужна группа в ( )
explain-group-end = здесь нужна запятая или закрывающая )
explain-map = в файлах сценариев группы пишутся как ( имя: значение, ... ), а не {"{"} {"}"}
explain-identifier = здесь нужно имя поля
explain-unexpected-char = неожиданный символ «{ $value }»
explain-trailing = после закрывающей ) сценария есть ещё текст
explain-comment = комментарий не закрыт
explain-nested = в файле слишком глубокая вложенность
explain-utf8 = в этом месте файл не является текстом UTF-8
explain-expected-found = ожидается { $expected }, а указано { $found }
explain-length = ожидается { $expected }, а указано элементов: { $found }
explain-not-date = «{ $value }» — не дата: пишите "ГГГГ-ММ-ДД", от { $from } до { $to }
explain-empty = файл пуст; файл сценария начинается с ( и перечисляет format_version, id, title, focus, narrative, sources, levers, outages и checks (см. файлы в presets/)
explain-json = похоже на JSON; файл сценария пишется в формате RON, как файлы в presets/ (начинается с '(' и записывает имя: значение)

## Ограничения файла сценария
val-item-outage = авария
val-item-check = проверка
val-item-source = источник
val-too-long = — длина { $n } симв., допускается не более { $max }
val-control-char = — содержит управляющий символ ({ $char }); пишите в одну строку, без табуляции
val-too-many = { $list }: записей { $n }, допускается не более { $max }
val-not-in-run = { $what }: { $date } — не день расчёта; укажите дату от { $from } до { $to }
val-focus-order = focus: 'to' ({ $to }) раньше, чем 'from' ({ $from })
val-outage-name = авария { $n } («{ $label }»)
val-units = { $name }: units — целое число от 1 до { $max }
val-unit-mw = { $name }: unit_mw = { $value }; укажите мощность одного блока, больше 0 и не более { $max } МВт
val-class = { $name }: класс «{ $class }» не входит в парк станций; укажите один из: { $known } или не указывайте класс для мощности, которой нет в парке
val-days = { $name }: days — от 1 до { $max }
val-outside = { $name }: с { $start } на { $days } сут. — вне расчёта ({ $from } – { $to }), поэтому ничего не изменит
val-early = { $name } начинается { $start }, до начала расчёта; учитывается с { $first }: { $kept } из { $days } сут., попадающих в расчёт
val-check-who = проверка { $n } («{ $id }»)

## Чтение файла сценария
file-not-utf8 = в этом месте файл не является текстом UTF-8 (байт { $byte }); сохраните его в UTF-8
file-too-big = размер файла { $bytes } байт; файл сценария может быть не больше { $max } байт (1 МиБ)
file-version = format_version { $version } не поддерживается (эта версия Hashgrid читает версии с { $oldest } по { $newest })
file-cannot-read = не удалось прочитать файл: { $error }
file-is-folder = это папка; сценарий читается из обычного файла .ron
file-not-regular = это не обычный файл; сценарий читается из обычного файла .ron

# Problems in a scenario file's checks (scenario/checks.rs)
check-problem-not-finite = { $field } равно { $value }; укажите конечное число
check-problem-band = high ({ $high }) меньше low ({ $low }), так что проверка никогда не пройдёт
check-problem-month = «{ $month }» — не месяц расчёта; укажите «ГГГГ-ММ» от 2020-01 до 2023-12
check-problem-year = { $year } — не год расчёта (с { $first } по { $last })
check-problem-window-date = { $date } — не дата расчёта; укажите дату от 2020-01-01 до 2023-12-31
check-problem-to-before-from = «to» ({ $to }) раньше «from» ({ $from })
check-problem-month-number = { $field } { $value } — не номер месяца (от 1 до 12)
check-problem-month-order = to_month ({ $to }) меньше from_month ({ $from })
check-problem-record-day = record_day ({ $record }) должен быть позже «from» ({ $from })
check-problem-date = { $date } — дата, которую эта проверка не может использовать; укажите дату от { $first } до 2023-12-31

# The command line's help (cli/help.rs)
cli-help-about = Исследование сценариев «что, если»: энергосистема Казахстана и бум криптомайнинга 2021–2023 гг.
cli-help-usage = Использование:
cli-help-options = Параметры
cli-help-commands = Команды
cli-help-help = Показать справку
cli-help-version = Показать версию
cli-help-lang = Язык сообщений и экспортируемых графиков: en, ru или kk. Ключи JSON, столбцы CSV и идентификаторы параметров одинаковы на всех языках
cli-help-run = Рассчитать сценарий и вывести помесячные результаты, итоги и сверку с фактическими данными
cli-help-export = Записать по файлу на каждый график (PNG, SVG или CSV) для отчётов
cli-help-ensemble = Рассчитать ансамбль по неопределённым входным данным и вывести процентили (P10/P50/P90)
cli-help-presets = Список готовых сценариев
cli-help-levers = Список всех параметров с единицами, диапазонами и значениями по умолчанию
cli-help-docs = Заново создать генерируемую документацию (docs/levers.md и раздел калибровки docs/model.md)
cli-help-preset = Идентификатор готового сценария (см. `hashgrid presets`) или путь к файлу сценария .ron
cli-help-set = Изменить параметр, например --set levy_rate=10 (можно повторять; идентификаторы в `hashgrid levers`)
cli-help-format = Формат вывода
cli-help-out = Папка, в которую записываются файлы
cli-help-export-format = Формат файлов графиков
cli-help-size = Размер изображения в пикселях, ШИРИНАxВЫСОТА
cli-help-export-runs = Показать полосы неопределённости по ансамблю из стольких расчётов (P10–P90)
cli-help-seed = Начальное значение генератора для ансамбля
cli-help-runs = Число расчётов в ансамбле
cli-help-threads = Число рабочих потоков (по умолчанию все ядра). На результат не влияет
cli-help-docs-out = Папка документации
cli-help-default = по умолчанию: { $value }
cli-help-values = возможные значения: { $values }
cli-help-usage-options = [ПАРАМЕТРЫ]
cli-help-usage-command = [КОМАНДА]
cli-argument-error = hashgrid: { $msg } (см. `hashgrid --help`)
cli-error-unknown = неизвестный аргумент «{ $arg }»
cli-error-missing = не указаны обязательные аргументы: { $arg }
cli-error-value = недопустимое значение «{ $value }» для «{ $arg }» (возможные значения: { $valid })
