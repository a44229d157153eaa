# Hashgrid: bundled presets (titles, stories) and their checks against the record (English).
# The English here must equal the preset files: a file a person edited keeps its own words (i18n::data_text).

preset-2020-invitation = 2020: the invitation
    .narrative = In 2020 Kazakhstan set out to win bitcoin miners: its old coal plants made power cheap and plentiful, a mid-2020 law gave mining a legal footing, and in his September 2020 state-of-the-nation address the President set a goal of $1.2 billion of crypto-infrastructure investment within five years. By August 2020 Cambridge's mining map put 4.57 % of the world's bitcoin hashrate in the country, and by January 2021 its miners drew roughly 500 MW. The grid was already worn out: the President later said power facilities had suffered 4,458 technical breakdowns in 2020, with most plants over 40 years old. This preset keeps the welcoming policy of 2020 for the whole 2020-2023 run: no levy on miners' electricity, no cap on new farms, no priority cuts of miners at peak hours, no blanket disconnection, no supply limit and no crackdown on unregistered farms. Events outside the government's control still happen as they did: China's 2021 ban pushes miners across the border, Ekibastuz units break down in 2021 and 2022, and the internet goes dark in January 2022. Compare it with the history preset to see what the later policies changed.

preset-2021-china-exodus = 2021: miners flee China
    .narrative = From May 2021 China moved against bitcoin mining, and by September it had banned all crypto activity, driving out about nine in ten of its miners. Many of them moved next door to Kazakhstan, where miners paid around $0.04 per kWh for electricity, roughly a sixth of the German price of about $0.23. On Cambridge's mining map Kazakhstan's share of world hashrate climbed from about 8 % in April to 18.1 % in August 2021, second only to the US (35.4 %); equipment maker Canaan started mining there on its own account in June. In June the President also signed a Tax Code change: from 1 January 2022 miners would pay an extra 1 tenge for every kWh, and officials forecast more than $1.5 billion of income from mining over five years. This preset freezes policy as it stood at the end of September 2021: the flat 1 tenge levy from 2022 is kept, but the 100 MW cap on new farms ordered on 1 October 2021, the January 2022 disconnection, the 2022 crackdown and supply limit and the 2023 progressive levy are all left out. KEGOC's rationing of miners, which the primary reports date to September-October 2021 (one later rewrite says 2022), is also treated as not yet in force, since the first documented cuts came on 13 October.

preset-2021q4-rationing-and-breakdowns = Late 2021: rationing and breakdowns
    .narrative = In autumn 2021 the new mining load ran into an old and fragile coal fleet. Peak demand in the first nine months of the year was about 1,500 MW (7 %) higher than a year before, which the Energy Ministry blamed on miners; official estimates put registered miners at about 600-700 MW and unregistered ones anywhere from 340 to 1,200 MW. The grid operator KEGOC began cutting miners at peak hours in September, farms such as BTC KZ lost power from 13 October, an order of 1 October capped new registered mining at 100 MW nationwide, and on 14 October two 500 MW units at Ekibastuz tripped. In November the energy minister promised that legal mines would keep their power, but within weeks 200-500 MW of legal capacity was cut and BitFuFu left about 80,000 machines behind for the US. By the end of 2021 mining used more than 7 % of all the electricity the country produced. One rewrite of CoinDesk's reporting places the rationing, the cap, the promise and the 200-500 MW cuts in 2022; CoinDesk's own 2021 articles and KEGOC's releases date them to 2021, and this preset follows them. Policy is frozen at the end of 2021: the cap, the rationing and the flat 1 tenge levy due from January 2022 stay, while the January 2022 blanket disconnection, the February 2022 crackdown and supply limit and the 2023 progressive levy are left out.

preset-2022-01-unrest-and-shutdown = Jan 2022: unrest and shutdown
    .narrative = On 1 January 2022 the levy of 1 tenge per kWh on registered miners' electricity came into force; a tenge was worth only about a fifth to a quarter of a US cent, so the charge was small (one source wrongly puts it at about 1.5 cents). Days later protests over fuel prices swept the country, and from 5 January the internet was switched off nationwide for several days, taking so many machines offline that global bitcoin hashrate dropped by about 12 %. From 24 January to 7 February KEGOC cut off all registered miners, and on 25 January a blackout swept across Central Asia after a large plant in Uzbekistan failed. Cambridge's map still gave Kazakhstan about 13 % of world hashrate in January, down from 18 % in the autumn. In early February the President ordered a higher levy and an audit of farms, and lawmakers proposed raising the levy tenfold to 10 tenge per kWh, but none of this had yet become law. This preset freezes policy in mid-February 2022: the flat 1 tenge levy and the January-February disconnection stay, while the raids on unregistered farms from 16 February, the 380 MW supply limit for registered miners and the 2023 progressive levy are left out.

preset-2022-02-crackdown = 2022: crackdown on gray mining
    .narrative = In February 2022 the government turned on the industry it had invited. Lawmakers proposed a tenfold rise in the levy to 10 tenge per kWh, the digital development minister called unregistered mining an economic crime, and raids from 16 to 20 February stopped about 202 MW of illegal farms, 4 MW of them in Shymkent. At the same time KEGOC limited all registered miners together to 380 MW of power. Big firms drew their own conclusions: BIT Mining gave up a planned 100 MW, $9 million site in Kazakhstan for one in Ohio, citing the unreliable power supply, and many others headed for the US or Russia. A draft progressive levy passed its first reading in parliament in May 2022, but it was signed into law only in July. This preset therefore keeps the flat 1 tenge levy together with the cap, rationing, disconnection, crackdown and supply limit as documented, and leaves out the progressive scale that applied from January 2023.

preset-2022-tightening = Late 2022: levy law and a hard winter
    .narrative = On 11 July 2022 the President signed a law that replaced the flat levy from January 2023 with a sliding scale: the cheaper a miner's electricity, the higher the fee, from 1 tenge per kWh up to 25 tenge. With that, every documented policy was in place, so this preset uses all the history levers and differs from the full history only in the period it highlights. The grid stayed fragile: in October 2022 failures and repairs of three 500 MW units at Ekibastuz cut the plant's output to about 2,000 MW, and several plants ran short of coal that autumn. On 7 December 2022 demand reached a record 16,459 MW while Kazakh plants supplied only 15,203 MW; unplanned flows from Russia covered the gap and industry was curtailed under an emergency regime. Some miners, such as Enegix at Ekibastuz, now ran only from midnight to 8 a.m. and at weekends, on power imported from Russia. One rewrite of CoinDesk's reporting places the rationing, the 100 MW cap and the 200-500 MW disconnections in autumn 2022; the primary reports date them to autumn 2021, which is what the model uses.

preset-2023-progressive-levy = 2023: progressive levy and exodus
    .narrative = From 1 January 2023 the progressive levy applied: miners on the cheapest electricity paid up to 25 tenge per kWh, those on expensive power 1 tenge. A digital-assets law signed in February 2023 brought licensing, and from July 2023 miners had to buy electricity through a single buyer in daily quota auctions; the model has no separate levers for these two rules. By then most of the foreign miners had moved on to the US, Russia and other countries, leaving empty halls and abandoned machines behind. The grid remained tight: in the cold snap of early December 2023, with temperatures near minus 40 degrees, daily use rose to almost 365 GWh while Kazakh plants produced about 340 GWh. This preset uses every documented policy, like the full history, and highlights the year after the boom.

preset-history-2020-2023 = 2020-2023: boom, rationing, crackdown, exodus
    .narrative = The documented path from start to finish. In 2020 Kazakhstan courted miners with cheap coal power and a new law. When China banned mining in mid-2021, capacity poured across the border and Kazakhstan briefly ran about 18 % of the world's hashrate. An ageing coal fleet could not carry the extra load: from October 2021 the grid operator cut registered miners at peak hours, two 500 MW Ekibastuz units tripped, and imports from Russia filled the gaps. A 1 tenge/kWh levy arrived in January 2022, then the unrest and internet shutdown, a blanket disconnection of miners, raids on unregistered farms, a supply limit for registered miners and, from 2023, a progressive levy. Miners left for the US and Russia. One source dates the rationing and the 100 MW cap a year later (2022); the primary reports date them to autumn 2021, which is what this preset follows.

preset-whatif-new-capacity-2gw = What if: 2 GW built before the boom
    .narrative = This is a what-if, not history. In 2022 analysts quoted by Rest of World said Kazakhstan needed another 2-3 GW of generating capacity and blamed the Energy Ministry for not building it in time. Here the model adds 2,000 MW of modern gas-fired plant from 1 January 2021, before China's ban sent miners across the border; the new plant is as reliable as the existing gas fleet, and its cost and building time are not modelled. Everything else, including all the documented policies and the Ekibastuz breakdowns of 2021 and 2022, stays as in the history preset. The question is whether that extra margin would have spared the rationing of miners from autumn 2021 and the shortfall of about 1,256 MW at the December 2022 peak, or whether cheap, plentiful power would simply have drawn in more miners.

preset-whatif-no-miners = What if: no crypto mining
    .narrative = This is a what-if, not history: it asks how Kazakhstan's grid would have coped from 2020 to 2023 if crypto miners had never come. The model starts with no mining load instead of about 210 MW in January 2020, none of the roughly 4,000 MW of mining pushed out of China in 2021 settles in the country, and a ban from the first day keeps new investors away. Every policy lever stays as documented, but with no miners the levy, the cap and the cuts have nothing to act on. The Ekibastuz breakdowns of October 2021 and October 2022 and the ageing of the coal fleet still happen. Compare it with the history preset to see how much of the strain came from mining and how much from old plants: officials blamed miners for peak demand about 1,000-1,500 MW higher in 2021 than in 2020, while analysts pointed to Soviet-era plants and poor repair contracts. The record peak of 7 December 2022, 16,459 MW against 15,203 MW of domestic supply, is a good test of whether the shortage would have come anyway.

## Checks against the record, by check id (the same id means the same check in every preset)
check-demand_2020 = Annual demand 2020
    .documented = 107.9 TWh
    .source = Ember via OWID; tolerance +-3 %
check-kz_share_2020_08 = Share of world hashrate, Aug 2020
    .documented = 4.57 %
    .source = CBECI via CoinYuppie (Jan 2022); tolerance +-3 points
check-mining_load_2021_01 = Mining load, Jan 2021
    .documented = ~500 MW
    .source = Hashrate Index (CBECI hashrate at ~55 J/TH); tolerance +-25 %
check-kz_share_2021_04 = Share of world hashrate, Apr 2021
    .documented = 8.2 %
    .source = CBECI mining map; tolerance +-3 points
check-kz_share_2021_08 = Share of world hashrate, Aug 2021
    .documented = 18.1 %
    .source = CBECI mining map; tolerance +-3 points
check-mining_load_2021_10 = Mining load, Oct 2021
    .documented = ~1,500 MW
    .source = Hashrate Index; tolerance +-25 %
check-kz_share_2021_10 = Share of world hashrate, Oct 2021
    .documented = 18.3 %
    .source = CBECI mining map; tolerance +-3 points
check-white_mw_late_2021 = Registered (white) mining, Nov 2021
    .documented = 600-700 MW
    .source = Energy Ministry: 693.3 MW (Oct 2021); Energy Minister: ~600 MW (Nov 2021)
check-gray_mw_late_2021 = Unregistered (gray) mining, Nov 2021
    .documented = 340-1,200 MW
    .source = Energy Minister ~340 MW; NABDC ~500 MW; President up to 1,200 MW (Oct-Nov 2021)
check-mining_share_q4_2021 = Mining share of electricity, Q4 2021
    .documented = > 7 %
    .source = MIT Technology Review (Jan 2023)
check-kz_share_2022_01 = Share of world hashrate, Jan 2022
    .documented = 13.2 %
    .source = CBECI mining map; tolerance +-3 points
check-demand_2021 = Annual demand 2021
    .documented = 114.5 TWh
    .source = Ember via OWID; tolerance +-3 %
check-demand_2022 = Annual demand 2022
    .documented = 114.9 TWh
    .source = Ember via OWID; tolerance +-3 %
check-peak_2022_12_07 = Peak consumption on 7 Dec 2022
    .documented = 16,459 MW (all-time record)
    .source = KEGOC via gazeta.uz, 15 Dec 2022; tolerance +-5 %
check-generation_2022_12_07 = Domestic generation at the 7 Dec 2022 peak (expected)
    .documented = 15,203 MW
    .source = KEGOC via gazeta.uz, 15 Dec 2022; tolerance +-5 %. The 2020 forced-outage rate is fitted to this figure
check-shortfall_2022_12_07 = Imports and shedding at the 7 Dec 2022 peak (expected)
    .documented = 1,256 MW
    .source = KEGOC via gazeta.uz: gap covered by flows from Russia; band = root-sum-square of the +-5 % tolerances of demand and generation
check-demand_2023 = Annual demand 2023
    .documented = 115.7 TWh
    .source = Ember via OWID; tolerance +-3 %
check-peak_growth_2021 = Peak-hour consumption, Jan-Sep 2021 over 2020
    .documented = +1,000-1,500 MW
    .source = KEGOC release 155619 (Oct 2021), on 2021 so far; compared month by month
check-record_2022_12_07 = Highest consumption before 7 Dec 2022, minus that day's peak
    .documented = < 0 (7 Dec 2022 set the all-time record)
    .source = KEGOC via gazeta.uz; lower bound: the previous record 14,615 MW of 28 Jan 2018 (ortcom.kz) minus 16,459 MW
check-demand_change_2021 = Annual demand, 2021 minus 2020
    .documented = +6.62 TWh
    .source = Ember via OWID; tolerance +-0.85 TWh = sqrt(2) x the 0.6 TWh spread between Ember and national statistics
check-demand_change_2022 = Annual demand, 2022 minus 2021
    .documented = +0.37 TWh
    .source = Ember via OWID; tolerance +-0.85 TWh as above
check-demand_change_2023 = Annual demand, 2023 minus 2022
    .documented = +0.77 TWh
    .source = Ember via OWID; tolerance +-0.85 TWh as above
check-net_imports_2022 = Net imports 2022 (expected)
    .documented = 1.45 TWh
    .source = Ember via OWID; tolerance +-0.6 TWh = spread between Ember and national statistics on the same quantity
check-net_imports_2023 = Net imports 2023 (expected)
    .documented = 2.07 TWh
    .source = Ember via OWID; tolerance +-0.6 TWh as above
check-net_imports_change_2023 = Net imports, 2023 minus 2022 (expected)
    .documented = +0.62 TWh
    .source = Ember via OWID; tolerance sqrt(2) x 0.6 TWh
check-imports_russia_2021 = Imports from Russia 2021 (expected)
    .documented = net 0.49, gross 1.81 TWh
    .source = Statistics bureau via pypsa-kz-data: net less 12 x 15.3 GWh of monthly noise, up to gross; ~0.3 TWh of shortfall covered from Russia (Akchulakov, Mar 2022)
check-imports_2021_11 = Imports, Nov 2021 (expected)
    .documented = net 263.1, gross 317.2 GWh
    .source = Statistics bureau via pypsa-kz-data (Russia): net less 15.3 GWh of noise (largest monthly net in Jan-May 2021), up to gross
check-imports_2022_12 = Imports, Dec 2022 (expected)
    .documented = net 99.7, gross 295.9 GWh
    .source = Statistics bureau via pypsa-kz-data (Russia): net less noise, up to gross
check-imports_2023_01 = Imports, Jan 2023 (expected)
    .documented = net 131.5, gross 276.6 GWh
    .source = Statistics bureau via pypsa-kz-data (Russia): net less noise, up to gross
check-imports_2021_spring = Imports, Mar-May 2021 (expected)
    .documented = net 28.9, gross 316.0 GWh (no deficit reported)
    .source = Statistics bureau via pypsa-kz-data (Russia): upper bound only
check-coal_days_2022_11 = Coal at plants, days of burn, 1 Nov 2022
    .documented = 7-17 days at plants; norms 10-20
    .source = Akchulakov via ehonews.kz / kz24.news (autumn 2022): lowest documented plant level to highest norm
check-coal_burn_2023 = Coal burnt at power and heat plants, 2023
    .documented = 65.9 Mt
    .source = Sharlapaev via en.trend.az; tolerance +-10 % (the heat share moved from 1.41 to 1.55 between 2022 and 2023)
check-consumption_2023_12_10 = Consumption on 10 Dec 2023
    .documented = 364.85 GWh
    .source = KOREM via kz.kursiv.media; tolerance +-5 %
check-coal_stock_2022_autumn = Coal stock at plants, 1 Nov 2022
    .documented = ~3 Mt
    .source = Akchulakov via ehonews.kz (autumn 2022); shown only: with deliveries at 100 % the stock is set by the input
