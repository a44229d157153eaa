# Hashgrid: chart titles, axes, series, legends, and unit symbols (English).

## Chart titles (by the chart's slug: charts/spec.rs)
chart-load = Electricity demand and domestic supply
chart-shortages = Shortages: load shed and imports
chart-tax-revenue = Mining levy revenue
chart-miner-exodus = Mining capacity, exodus and hashrate share
chart-focus = Focus period
chart-baseline = Preset baseline
chart-source = Source: { $source }
chart-sources = Sources: { $sources }
chart-export-menu = Export ▾
legend-bands = Shaded: 80 % range over { $n } runs (P10-P90)
series-range = { $name } (80 % range)

## Axes
axis-power = Power (MW)
axis-energy-week = Energy per week (GWh)
axis-coal-stock = Coal stock (Mt)
axis-levy-month = Per month (million USD)
axis-levy-cum = Cumulative (million USD)
axis-capacity = Capacity (MW)
axis-share = Share of world hashrate (%)

## Series
series-demand-band = Demand, daily low-high
series-demand-avg = Demand, 7-day average
series-capacity-peak = Domestic capacity at the daily peak
series-mining-served = Mining load served
series-shed-miners = Registered and gray miners shed
series-shed-nonmining = Households and industry shed
series-imports = Imports from Russia
series-coal-stock = Coal stock at plants, Mt (right)
series-levy-month = Levy collected per month
series-levy-cum = Cumulative levy, million USD (right)
series-white = White (registered) capacity
series-gray = Gray (unregistered) capacity
series-left-us = Left for the US, cumulative
series-left-other = Left for Russia or elsewhere, cumulative
series-retired = Retired in place, cumulative
series-seized = Seized in raids, cumulative
series-share-model = World hashrate share, model, % (right)
series-share-cbeci = World hashrate share, CBECI record, % (right)

## Where each chart's data comes from (footer of exported charts)
source-load = Demand shape: KOREM 2018; annual energy: Ember; capacity: Ember, KEGOC; mining: model
source-shortages = Model dispatch, expected over plant-outage histories; import limit, coal and outages as set in the scenario
source-revenue = Levy rates: Tax Code 2021, Law 135-VII (2022); KZT/USD: NBK and press conversions
source-exodus = Hashrate share: CCAF CBECI (to Jan 2022); hashprice: blockchain.com; flows: model

## Unit symbols (id: i18n::unit_id of the English symbol)
unit-mw = MW
unit-gwh = GWh
unit-twh = TWh
unit-gwh-per-week = GWh/week
unit-mt = Mt
unit-h = h
unit-days = days
unit-units = units
unit-pct = %
unit-pct-of-record = % of record
unit-pct-of-need = % of need
unit-pct-per-month = %/month
unit-pct-per-yr = %/yr
unit-x = x
unit-j-per-th = J/TH
unit-usd-per-kwh = USD/kWh
unit-kzt-per-kwh = KZT/kWh
unit-m-usd = m USD
unit-bn-kzt = bn KZT
unit-million-usd = million USD
