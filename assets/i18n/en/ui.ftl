# Hashgrid: the words of the explorer, its messages and the command line (English).
# Ids are stable; the Russian and Kazakh files have the same ids and placeholders (tests/i18n.rs).

window-title = Hashgrid: Kazakhstan's grid and the crypto-mining boom

## Top bar
menu-file = File
menu-open = Open scenario…
menu-save = Save
menu-save-as = Save as…
menu-recent = Recent
menu-recent-empty = No recent files
menu-language = Language of the window and of exported charts
preset-picker = Preset:
button-undo = ⟲ Undo
button-redo = ⟳ Redo
button-reset = Reset
button-reset-tip = All levers back to the preset
button-ok = OK
button-cancel = Cancel
view-baseline = Baseline
view-baseline-tip = Draw the preset's run faintly behind yours
view-story = Story
view-story-tip = Show the story, checks and what-differs panel
view-bands = Bands
view-bands-tip = Uncertainty bands: 80 % range (P10-P90) over an ensemble of runs with the uncertain inputs drawn
view-bands-progress = { $done }/{ $total } runs
view-grid = All four
view-single = One large
export-all = Export all
export-size = Size
export-all-as = All charts as { $format }…
export-cancel = Cancel export
export-cancelling = Cancelling…
export-progress = Exporting { $what }: { $done }/{ $total }
export-what = { $n ->
        [one] { $n } chart as { $format }
       *[other] { $n } charts as { $format }
    }
format-png = PNG image
format-svg = SVG image
format-csv = CSV data

## Lever panel
levers-heading = Levers
levers-changed = { $n } changed
levers-group-changed = { $group }  ({ $n } changed)
lever-differs = Differs from the preset
lever-reset = Back to the preset's value
levy-in-force = Levy in force, by start date
levy-in-force-none = No levy is charged in this scenario.
levy-in-force-flat = { $date }: flat rate { $rate } { $unit }
levy-in-force-progressive = { $date }: progressive scale, 1-25 KZT/kWh by the price miners pay
lever-inactive = No effect here: see “{ $lever }”
lever-hover = { $help }

    Source: { $source }
    Preset value: { $value }
order-earlier = Cut earlier
order-later = Cut later
value-on = on
value-off = off
value-never = never
value-never-title = Never
date-day-prefix = day{" "}

## Story panel
story-focus = Focus: { $from } to { $to }
story-heading = Story
story-sources = Sources
story-differs = What differs from the preset
story-differs-empty = Nothing yet: move a lever on the left.
story-checks = Model vs record ({ $n } of { $m } inside the band)
story-history = History ({ $n } steps)
story-history-empty = No changes yet.
story-history-jump = Go back to just before this change
history-reset = Reset to the preset
outcomes-expected = Expected values: averaged over every pattern of plant breakdowns
outcomes-drawn = One drawn history of plant breakdowns (seed { $seed })
outcomes-note = { $what }. The shaded bands on the charts show the 80 % range (P10-P90) over many runs with uncertain inputs.
outcomes-col-outcome = Outcome 2020-23
outcomes-col-preset = Preset
outcomes-col-now = Now
outcomes-col-change = Change
headline-with-unit = { $label } ({ $unit })
checks-col-figure = Figure
checks-col-record = Record / model
checks-band = Band: { $low } to { $high } { $unit }
    Source: { $source }
checks-model = model { $value } { $unit }
checks-fitted = Fitted: an assumption was calibrated to this figure, so it is not counted as a check
checks-shown = Shown only: the inputs set this figure, so it is not counted as a check
checks-inside = Inside the documented band
checks-outside = Outside the documented band

## Headline outcomes (ids as in JSON: model/outcomes.rs)
headline-shed_nonmining_gwh = Households + industry shed
headline-lole_nonmining_h = Hours with households or industry shed
headline-shed_miners_gwh = Miners shed
headline-levy_usd_m = Levy revenue
headline-peak_mining_mw = Peak mining load
headline-exodus_mw = Relocated abroad
headline-retired_mw = Retired in place
headline-seized_mw = Seized in raids
headline-imports_twh = Imports
headline-import_bill_usd_m = Import bill

## Status bar and messages
status-run-ms = Model run { $ms } ms
status-seed = Seed { $seed }
status-outages = Outages: { $mode }
status-warnings = { $n ->
        [one] { $n } warning: { $last }
       *[other] { $n } warnings: { $last }
    }
status-no-warnings = No warnings
status-loaded-preset = Loaded preset '{ $title }'.
status-opened = Opened { $path }.
status-saved = Saved { $path }.
status-export-running = An export is already running.
status-exported-one = Exported { $path }.
status-exported-many = Exported { $what } to { $dir }.
status-export-cancelled = Export cancelled; no file was written.
status-restored = Restored your last session.
status-autosave-unreadable = The autosaved scenario could not be read; starting from the history preset.
error-title = Something went wrong
error-no-preset = There is no bundled preset '{ $id }'.
error-line-col = Line { $line }, column { $col }
error-open-intro = This file could not be opened; your scenario is unchanged.
error-file = File: { $file }
error-save = Could not save { $path }: { $error }
    The file on disk is unchanged.
error-export = Export failed: { $error }

export-error-create-dir = cannot create the folder { $path }: { $error }
export-error-render = cannot draw the { $chart } chart: { $error }
export-error-write = cannot write { $path }: { $error }
export-error-empty = there is no chart to export
export-error-unsafe-name = '{ $name }' is not a plain file name; nothing was written
export-error-cancelled = the export was cancelled; no file was written

## File dialogs
dialog-open = Open scenario
dialog-save-as = Save scenario as
dialog-export-chart = Export chart to file
dialog-export-all = Export all charts to folder
dialog-no-picker = No file dialog is available on this system; type a path.
dialog-filter = Hashgrid scenario

## Exported charts
export-subtitle = Scenario: { $title } ({ $id })
export-subtitle-changed = Scenario: { $title } ({ $id }) | changed: { $changes }

## Dates: day, month and year in this language's order
fmt-date = { $day } { $month } { $year }
fmt-month-year = { $month } { $year }
month-abbr-1 = Jan
month-abbr-2 = Feb
month-abbr-3 = Mar
month-abbr-4 = Apr
month-abbr-5 = May
month-abbr-6 = Jun
month-abbr-7 = Jul
month-abbr-8 = Aug
month-abbr-9 = Sep
month-abbr-10 = Oct
month-abbr-11 = Nov
month-abbr-12 = Dec
month-day-1 = Jan
month-day-2 = Feb
month-day-3 = Mar
month-day-4 = Apr
month-day-5 = May
month-day-6 = Jun
month-day-7 = Jul
month-day-8 = Aug
month-day-9 = Sep
month-day-10 = Oct
month-day-11 = Nov
month-day-12 = Dec
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Command line
cli-warning = warning: { $text }
cli-no-preset = no preset or file '{ $name }' (bundled presets: { $ids })
cli-set-syntax = --set '{ $arg }': write LEVER=VALUE
cli-size-syntax = --size '{ $arg }': write WIDTHxHEIGHT, e.g. 1600x900
cli-size-width = --size '{ $arg }': width is not a number
cli-size-height = --size '{ $arg }': height is not a number
cli-size-range = --size '{ $arg }': width must be 400-8000 and height 300-6000 pixels
cli-runs-range = --runs { $runs }: choose 1 to { $max }
cli-lever-range = range { $range }; default { $default }
cli-range-number = { $min } to { $max } (step { $step })
cli-range-date = { $min } to { $max }, or `never`
cli-cannot-write = hashgrid: cannot write the output: { $error }

## Lever values from files and the command line (scenario/mod.rs)
scen-not-number = { $id }: { $value } is not a number; set to { $min }
scen-clamped = { $id }: { $value } is outside { $min }..{ $max } { $unit }; clamped to { $clamped }
scen-date-clamped = { $id }: { $value } is outside { $min }..{ $max }; clamped to { $clamped } (write "never" to switch it off)
scen-unusable-number = { $id }: { $value } is not a usable number (too large, or not a number); write a value from { $min } to { $max }
scen-not-date = { $id }: '{ $value }' is not a date (write YYYY-MM-DD from { $min } to { $max }, or "never")
scen-not-one-of = { $id }: '{ $value }' is not one of { $options }
scen-twice = { $id }: '{ $value }' appears twice
scen-list-all = { $id }: list every one of { $options } exactly once
scen-wrong-kind = { $id }: expected { $expected }, found { $found }
scen-unknown-lever = unknown lever '{ $id }' (see `hashgrid levers`)
scen-text-not-number = { $id }: '{ $value }' is not a number
scen-not-bool = { $id }: '{ $value }' is not true/false
scen-equal-hours = hours_from and hours_to are both { $hours }: equal hours mean no time-of-day rule (miners may run all 24 hours)
kind-number = a number
kind-date = a date string like "2022-01-01" or "never"
kind-choice = a choice string
kind-list = a list of strings
kind-flag = true or false
raw-number = a number
raw-string = a string
raw-list = a list
raw-bool = a boolean

## Why a scenario file could not be read (scenario/file/explain.rs)
explain-thing-scenario = the scenario
explain-thing-outage = the outage
explain-thing-check = the check
explain-thing-focus = focus
explain-thing-levers = levers
explain-thing-metric = the metric
explain-want-date = a date like "2021-10-14"
explain-want-whole = a whole number
explain-want-number = a number
explain-want-bool = true or false
explain-want-text = a text in double quotes
explain-want-list = a list in [ ]
explain-want-metric = a metric such as MiningMw(month: "2021-10")
explain-want-group = a group in ( )
explain-want-other = another kind of value
explain-unknown-field-list = unknown field '{ $found }'; expected one of: { $names }
explain-unknown-field-typo = unknown field '{ $found }'; did you mean '{ $name }'? (see `hashgrid levers`)
explain-unknown-field = unknown field '{ $found }' (see `hashgrid levers` for the names)
explain-unknown-metric-list = unknown metric '{ $found }'; expected one of: { $names }
explain-unknown-metric-typo = unknown metric '{ $found }'; did you mean '{ $name }'? (see `hashgrid levers`)
explain-unknown-metric = unknown metric '{ $found }' (see `hashgrid levers` for the names)
explain-missing-field-in = missing field '{ $field }' in { $thing }
explain-missing-field = missing field '{ $field }'
explain-duplicate-field = field '{ $field }' appears twice
explain-eof = the file ends too early (truncated?)
explain-whole-no-point = a whole number is expected here (no decimal point or exponent)
explain-comma = a comma is missing before this (or a closing bracket)
explain-string = a text in double quotes is expected here
explain-string-end = this text is missing its closing double quote
explain-float = a number is expected here
explain-integer = a whole number is expected here
explain-integer-bounds = { $value } is not allowed here: a whole number from 0 up is expected, and this one is negative or too large
explain-not-digit = '{ $value }' is not a digit
explain-bool = true or false is expected here
explain-array = a list in [ ] is expected here
explain-array-end = the list needs a comma or its closing ] here
explain-group-not = a group in ( ) is expected here, not '{ $found }'
explain-group = a group in ( ) is expected here
explain-group-end = a comma or a closing ) is expected here
explain-map = scenario files write groups as ( name: value, ... ), not {"{"} {"}"}
explain-identifier = a field name is expected here
explain-unexpected-char = unexpected character '{ $value }'
explain-trailing = there is more text after the scenario's closing )
explain-comment = a comment is not closed
explain-nested = the file is nested too deeply
explain-utf8 = the file is not UTF-8 text here
explain-expected-found = expected { $expected }, found { $found }
explain-length = expected { $expected }, found { $found } items
explain-not-date = '{ $value }' is not a date: write "YYYY-MM-DD", from { $from } to { $to }
explain-empty = the file is empty; a scenario file starts with ( and lists format_version, id, title, focus, narrative, sources, levers, outages and checks (see the files in presets/)
explain-json = this looks like JSON; a scenario file is RON, written like the files in presets/ (it starts with '(' and writes name: value)

## Limits a scenario file must keep (scenario/file/validate.rs)
val-item-outage = outage
val-item-check = check
val-item-source = source
val-too-long = is { $n } characters long; at most { $max } are allowed
val-control-char = contains a control character ({ $char }); write it on one line, without tabs
val-too-many = { $list }: { $n } entries; at most { $max } are allowed
val-not-in-run = { $what }: { $date } is not a date of the run; write a date from { $from } to { $to }
val-focus-order = focus: 'to' ({ $to }) is before 'from' ({ $from })
val-outage-name = outage { $n } ('{ $label }')
val-units = { $name }: units must be a whole number from 1 to { $max }
val-unit-mw = { $name }: unit_mw is { $value }; write the size of one unit, more than 0 and at most { $max } MW
val-class = { $name }: class '{ $class }' is not a class of the fleet; write one of { $known }, or leave class out for capacity the fleet does not list
val-days = { $name }: days must be from 1 to { $max }
val-outside = { $name }: from { $start } for { $days } days lies outside the run ({ $from } to { $to }), so it would change nothing
val-early = { $name } starts on { $start }, before the run; it is counted from { $first } for the { $kept } of its { $days } days that fall in the run
val-check-who = check { $n } ('{ $id }')

## Reading a scenario file (scenario/file.rs)
file-not-utf8 = the file is not UTF-8 text here (byte { $byte }); save it as UTF-8
file-too-big = the file is { $bytes } bytes; a scenario file may be at most { $max } bytes (1 MiB)
file-version = format_version { $version } is not supported (this Hashgrid reads versions { $oldest } to { $newest })
file-cannot-read = cannot read the file: { $error }
file-is-folder = this is a folder; a scenario is read from an ordinary .ron file
file-not-regular = this is not a regular file; a scenario is read from an ordinary .ron file

# Problems in a scenario file's checks (scenario/checks.rs)
check-problem-not-finite = { $field } is { $value }; write a finite number
check-problem-band = high ({ $high }) is below low ({ $low }), so the check could never pass
check-problem-month = '{ $month }' is not a month of the run; write "YYYY-MM" from 2020-01 to 2023-12
check-problem-year = { $year } is not a year of the run ({ $first } to { $last })
check-problem-window-date = { $date } is not a date of the run; write a date from 2020-01-01 to 2023-12-31
check-problem-to-before-from = 'to' ({ $to }) is before 'from' ({ $from })
check-problem-month-number = { $field } { $value } is not a month number (1 to 12)
check-problem-month-order = to_month ({ $to }) is before from_month ({ $from })
check-problem-record-day = record_day ({ $record }) must come after 'from' ({ $from })
check-problem-date = { $date } is not a date this check can use; write a date from { $first } to 2023-12-31

# The command line's help (cli/help.rs)
cli-help-about = What-if explorer: Kazakhstan's grid and the 2021-23 crypto-mining boom
cli-help-usage = Usage:
cli-help-options = Options
cli-help-commands = Commands
cli-help-help = Print help
cli-help-version = Print version
cli-help-lang = Language of messages and exported charts: en, ru or kk. JSON keys, CSV columns and lever ids are the same in every language
cli-help-run = Run a scenario and print monthly results, a summary and the checks against the record
cli-help-export = Write one file per chart (PNG, SVG or CSV) for reports
cli-help-ensemble = Run an ensemble over the uncertain inputs and print percentiles (P10/P50/P90)
cli-help-presets = List the bundled presets
cli-help-levers = List every lever with its unit, range and default
cli-help-docs = Regenerate the generated documentation (docs/levers.md and the calibration section of docs/model.md)
cli-help-preset = A bundled preset id (see `hashgrid presets`) or a path to a .ron scenario file
cli-help-set = Change a lever, e.g. --set levy_rate=10 (repeatable; ids in `hashgrid levers`)
cli-help-format = Output format
cli-help-out = Folder the files are written to
cli-help-export-format = File format of the charts
cli-help-size = Image size in pixels, WIDTHxHEIGHT
cli-help-export-runs = Draw uncertainty bands from an ensemble of this many runs (P10-P90)
cli-help-seed = Master seed of the ensemble
cli-help-runs = Number of runs in the ensemble
cli-help-threads = Worker threads (default: every core). The result does not depend on it
cli-help-docs-out = Folder of the documentation
cli-help-default = default: { $value }
cli-help-values = possible values: { $values }
cli-help-usage-options = [OPTIONS]
cli-help-usage-command = [COMMAND]
cli-argument-error = hashgrid: { $msg } (see `hashgrid --help`)
cli-error-unknown = unexpected argument '{ $arg }' found
cli-error-missing = the following required arguments were not provided: { $arg }
cli-error-value = invalid value '{ $value }' for '{ $arg }' (possible values: { $valid })
