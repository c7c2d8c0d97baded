#!/usr/bin/env python3
"""Generates config/lexicons/places.yaml from Debian's iso-codes (LGPL-2.1+:
country and subdivision names) and tzdata's zone1970.tab (public domain: city
names), plus the hand-written aliases and regions in this script.

usage: gen_places.py > config/lexicons/places.yaml
"""
import json
import unicodedata, re, sys

ISO = '/usr/share/iso-codes/json'
ZONES = '/usr/share/zoneinfo/zone1970.tab'

# Canonical names where the ISO short name is not what the press writes.
RENAME = {'RU': 'Russia', 'KR': 'South Korea', 'KP': 'North Korea', 'VN': 'Vietnam',
          'TW': 'Taiwan', 'SY': 'Syria', 'CD': 'Democratic Republic of the Congo',
          'CG': 'Republic of the Congo', 'TZ': 'Tanzania', 'VE': 'Venezuela',
          'BO': 'Bolivia', 'IR': 'Iran', 'MD': 'Moldova', 'LA': 'Laos', 'PS': 'Palestine',
          'GB': 'United Kingdom', 'US': 'United States', 'CZ': 'Czech Republic',
          'TR': 'Turkey', 'VA': 'Vatican City', 'FM': 'Micronesia', 'MK': 'North Macedonia',
          'BN': 'Brunei', 'CV': 'Cape Verde', 'SZ': 'Eswatini', 'CI': 'Ivory Coast'}
ALIASES = {
    'United States': ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States of America', 'the States'],
    'United Kingdom': ['UK', 'U.K.', 'Britain', 'Great Britain'],
    'United Arab Emirates': ['UAE', 'U.A.E.', 'Emirates'],
    'Russia': ['Russian Federation'], 'Czech Republic': ['Czechia'], 'Turkey': ['Türkiye'],
    'Ivory Coast': ["Côte d'Ivoire"], 'North Korea': ['DPRK'], 'Myanmar': ['Burma'],
    'Democratic Republic of the Congo': ['DRC', 'DR Congo'], 'Netherlands': ['Holland'],
    'Vatican City': ['Vatican'], 'Palestine': ['Palestinian territories'],
}
# Subdivisions worth knowing: countries whose states the press names.
SUBDIV = {'US', 'CA', 'AU', 'IN', 'DE', 'MX', 'BR', 'CN', 'UA', 'ES', 'IT'}
SUBDIV_TYPES = {'State', 'Province', 'Territory', 'Land', 'Region', 'Autonomous region',
                'Autonomous republic', 'Autonomous community', 'Municipality', 'District',
                'Federal district', 'Outlying area', 'Union territory', 'Republic', 'City'}
SUB_ALIASES = {'British Columbia': ['B.C.'], 'California': ['Calif.'], 'Massachusetts': ['Mass.'],
               'Pennsylvania': ['Pa.', 'Penn.'], 'Florida': ['Fla.'], 'Michigan': ['Mich.'],
               'Wisconsin': ['Wis.'], 'Minnesota': ['Minn.'], 'Arizona': ['Ariz.'],
               'Colorado': ['Colo.'], 'Connecticut': ['Conn.'], 'Illinois': ['Ill.'],
               'Tennessee': ['Tenn.'], 'Virginia': ['Va.'], 'Georgia': [], 'Oklahoma': ['Okla.'],
               'Nevada': ['Nev.'], 'Kentucky': ['Ky.'], 'Louisiana': ['La.'], 'Maryland': ['Md.'],
               'Missouri': ['Mo.'], 'Mississippi': ['Miss.'], 'New Hampshire': ['N.H.'],
               'New Jersey': ['N.J.'], 'New Mexico': ['N.M.'], 'North Carolina': ['N.C.'],
               'South Carolina': ['S.C.'], 'North Dakota': ['N.D.'], 'South Dakota': ['S.D.'],
               'Washington, D.C.': ['D.C.', 'Washington D.C.', 'District of Columbia'],
               'Alabama': ['Ala.'], 'Arkansas': ['Ark.'], 'Indiana': ['Ind.'],
               'Kansas': ['Kan.', 'Kans.'], 'Montana': ['Mont.'], 'Nebraska': ['Neb.', 'Nebr.'],
               'Oregon': ['Ore.', 'Oreg.'], 'Rhode Island': ['R.I.'], 'Vermont': ['Vt.'],
               'West Virginia': ['W.Va.'], 'Wyoming': ['Wyo.'], 'Texas': ['Tex.'],
               'Nova Scotia': ['N.S.'], 'New Brunswick': ['N.B.'],
               'Prince Edward Island': ['P.E.I.', 'PEI'], 'Saskatchewan': ['Sask.'],
               'Newfoundland and Labrador': ['N.L.', 'Nfld.'],
               'Kyiv': ['Kiev'], 'Ontario': ['Ont.'], 'Quebec': ['Que.', 'Québec'], 'Alberta': ['Alta.']}
REGIONS = ['Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America',
           'Middle East', 'Central Asia', 'Southeast Asia', 'East Asia', 'Eastern Europe',
           'Western Europe', 'Central America', 'Caribbean', 'Scandinavia', 'Balkans', 'Baltics',
           'Arctic', 'Antarctica', 'Oceania', 'Crimea', 'Donbas', 'Donetsk', 'Luhansk',
           'Gaza', 'Gaza Strip', 'West Bank', 'Golan Heights', 'Kashmir', 'Kurdistan',
           'Sahel', 'Persian Gulf', 'Gulf of Mexico', 'Siberia', 'Chechnya', 'Darfur',
           'Tibet', 'Xinjiang', 'Hong Kong', 'Macau', 'Northern Ireland', 'England', 'Scotland',
           'Wales', 'Atlantic', 'Pacific', 'Black Sea', 'Baltic Sea', 'Mediterranean',
           'Red Sea', 'South China Sea', 'Strait of Hormuz', 'Suez Canal', 'Panama Canal',
           'Silicon Valley', 'Midwest', 'New England', 'Wall Street', 'Capitol Hill',
           'Ground Zero', 'Kursk', 'Kherson', 'Zaporizhzhia', 'Kharkiv', 'Odesa', 'Lviv',
           'Mariupol', 'Bakhmut', 'Dnipro', 'Sevastopol',
           # regions of Britain the press names, and more of the world's
           'Midlands', 'West Midlands', 'East Midlands', 'Yorkshire', 'South Yorkshire',
           'West Yorkshire', 'East Yorkshire', 'Merseyside', 'Tyneside', 'Teesside',
           'East Anglia', 'Home Counties', 'Cotswolds', 'Lake District', 'Scottish Highlands',
           'Hollywood', 'South Asia', 'East Africa', 'West Africa', 'North Africa',
           'Southern Africa', 'Sub-Saharan Africa', 'Horn of Africa', 'Pacific Ocean',
           'Atlantic Ocean', 'Indian Ocean', 'Arctic Ocean', 'Southern Ocean', 'North Sea',
           'Irish Sea', 'English Channel', 'Caspian Sea', 'Aegean Sea', 'Caribbean Sea']
CITIES = ['Washington', 'New York', 'New York City', 'Los Angeles', 'Chicago', 'Houston',
          'Philadelphia', 'Boston', 'San Francisco', 'Seattle', 'Miami', 'Atlanta', 'Dallas',
          'Austin', 'Denver', 'Las Vegas', 'Baltimore', 'Cleveland', 'Pittsburgh', 'Cincinnati',
          'Orlando', 'Tampa', 'Charlotte', 'Raleigh', 'Nashville', 'Memphis', 'New Orleans',
          'St. Louis', 'Kansas City', 'Milwaukee', 'Minneapolis', 'San Diego', 'San Antonio',
          'Sacramento', 'Portland', 'Salt Lake City', 'Des Moines', 'Manchester', 'Birmingham',
          'Liverpool', 'Leeds', 'Glasgow', 'Edinburgh', 'Cardiff', 'Belfast', 'Dublin', 'Oxford',
          'Cambridge', 'Paris', 'Marseille', 'Lyon', 'Berlin', 'Munich', 'Hamburg', 'Frankfurt',
          'Cologne', 'Bonn', 'Vienna', 'Zurich', 'Geneva', 'Bern', 'Brussels', 'Amsterdam',
          'The Hague', 'Rotterdam', 'Luxembourg', 'Copenhagen', 'Stockholm', 'Oslo', 'Helsinki',
          'Reykjavik', 'Madrid', 'Barcelona', 'Lisbon', 'Rome', 'Milan', 'Naples', 'Venice',
          'Florence', 'Athens', 'Istanbul', 'Ankara', 'Warsaw', 'Krakow', 'Prague', 'Budapest',
          'Bratislava', 'Bucharest', 'Sofia', 'Belgrade', 'Zagreb', 'Sarajevo', 'Ljubljana',
          'Tirana', 'Skopje', 'Chisinau', 'Minsk', 'Vilnius', 'Riga', 'Tallinn', 'Moscow',
          'St. Petersburg', 'Saint Petersburg', 'Kyiv', 'Kiev', 'Tbilisi', 'Yerevan', 'Baku',
          'Astana', 'Tashkent', 'Tehran', 'Baghdad', 'Damascus', 'Beirut', 'Amman', 'Jerusalem',
          'Tel Aviv', 'Riyadh', 'Jeddah', 'Mecca', 'Doha', 'Dubai', 'Abu Dhabi', 'Muscat',
          'Kuwait City', 'Sanaa', 'Cairo', 'Alexandria', 'Tripoli', 'Tunis', 'Algiers', 'Rabat',
          'Casablanca', 'Khartoum', 'Addis Ababa', 'Nairobi', 'Mogadishu', 'Kampala', 'Kigali',
          'Lagos', 'Abuja', 'Accra', 'Dakar', 'Kinshasa', 'Luanda', 'Johannesburg', 'Cape Town',
          'Pretoria', 'Harare', 'Kabul', 'Islamabad', 'Karachi', 'Lahore', 'New Delhi', 'Delhi',
          'Mumbai', 'Kolkata', 'Chennai', 'Bangalore', 'Dhaka', 'Colombo', 'Kathmandu',
          'Beijing', 'Shanghai', 'Guangzhou', 'Shenzhen', 'Wuhan', 'Hong Kong', 'Taipei', 'Tokyo',
          'Osaka', 'Seoul', 'Pyongyang', 'Manila', 'Jakarta', 'Bangkok', 'Hanoi', 'Ho Chi Minh City',
          'Singapore', 'Kuala Lumpur', 'Yangon', 'Phnom Penh', 'Sydney', 'Melbourne', 'Canberra',
          'Brisbane', 'Perth', 'Auckland', 'Wellington', 'Toronto', 'Montreal', 'Vancouver',
          'Ottawa', 'Calgary', 'Mexico City', 'Havana', 'Caracas', 'Bogota', 'Lima', 'Quito',
          'Santiago', 'Buenos Aires', 'Montevideo', 'Brasilia', 'Sao Paulo', 'São Paulo',
          'Rio de Janeiro', 'Anchorage', 'Honolulu', 'Phoenix', 'Detroit', 'Indianapolis',
          'Columbus', 'Louisville', 'Richmond', 'Charleston', 'Savannah', 'Buffalo', 'Albany',
          'Newark', 'Hartford', 'Providence', 'Oakland', 'San Jose', 'Fresno', 'Tucson',
          'Albuquerque', 'Omaha', 'Tulsa', 'Oklahoma City', 'Little Rock', 'Jackson', 'Birmingham',
          'Mar-a-Lago', 'Palm Beach', 'Davos', 'Helsinki', 'Minsk', 'Gdansk', 'Salisbury',
          'Camp David', 'Guantanamo Bay', 'Fort Lauderdale', 'Ferguson', 'Charlottesville',
          'Flint', 'Benghazi', 'Mosul', 'Aleppo', 'Raqqa', 'Fallujah', 'Kandahar', 'Rafah',
          'Khan Younis', 'Gaza City', 'Ramallah', 'Hebron', 'Haifa', 'Bethlehem']
# The English the press writes for subdivisions that iso-codes names in their
# own language; the ISO name stays an alias.
EXONYMS = {'Bayern': 'Bavaria', 'Hessen': 'Hesse', 'Niedersachsen': 'Lower Saxony',
           'Nordrhein-Westfalen': 'North Rhine-Westphalia', 'Rheinland-Pfalz': 'Rhineland-Palatinate',
           'Sachsen': 'Saxony', 'Sachsen-Anhalt': 'Saxony-Anhalt', 'Thüringen': 'Thuringia',
           'Mecklenburg-Vorpommern': 'Mecklenburg-Western Pomerania',
           'Andalucía': 'Andalusia', 'Aragón': 'Aragon', 'Castilla y León': 'Castile and León',
           'Castilla-La Mancha': 'Castile-La Mancha', 'Canarias': 'Canary Islands',
           'Catalunya': 'Catalonia', 'Illes Balears': 'Balearic Islands',
           'Nafarroako Foru Komunitatea*': 'Navarre', 'Euskal Herria': 'Basque Country',
           'Piemonte': 'Piedmont', "Val d'Aoste": 'Aosta Valley', 'Lombardia': 'Lombardy',
           'Trentino-Alto Adige': 'Trentino-South Tyrol', 'Toscana': 'Tuscany', 'Puglia': 'Apulia',
           'Sicilia': 'Sicily', 'Sardegna': 'Sardinia', 'Ciudad de México': 'Mexico City',
           'Coahuila de Zaragoza': 'Coahuila', 'Michoacán de Ocampo': 'Michoacán',
           'Veracruz de Ignacio de la Llave': 'Veracruz', 'Avtonomna Respublika Krym': 'Crimea',
           'Xizang Zizhiqu': 'Tibet', 'Nei Mongol Zizhiqu': 'Inner Mongolia'}
# Chinese provinces, municipalities and regions go by the name without the
# word for their rank ("Sichuan", not "Sichuan Sheng").
CN_RANKS = (' Uygur Zizhiqu', ' Zhuangzu Zizhiqu', ' Huizi Zizhiqu', ' Huizu Zizhiqu', ' Zizhiqu',
            ' Sheng', ' Shi')


def english(name):
    """The canonical English name of a subdivision, or name."""
    if name in EXONYMS:
        return EXONYMS[name]
    for r in CN_RANKS:
        if name.endswith(r):
            return name[:-len(r)]
    # Indian states without the transliteration's macrons ("Maharashtra")
    plain = unicodedata.normalize('NFKD', name)
    plain = ''.join(c for c in plain if not unicodedata.combining(c))
    return plain if plain.isascii() and plain != name and 'ā' in name + 'ī' else name


# Tokens never a place on their own, though some subdivision is named so.
SKIP = {'Centre', 'Central', 'Capital', 'North', 'South', 'East', 'West', 'Northern', 'Southern',
        'Eastern', 'Western', 'Lima', 'Mexico City', 'Distrito Federal', 'Federal District',
        'Kiev', 'Jackson', 'Columbus', 'Charleston', 'Richmond', 'Providence', 'Phoenix',
        'Buffalo', 'Savannah', 'Jersey', 'Guernsey', 'Man', 'Chad', 'Jordan', 'Georgia'}


def q(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    places = {}
    order = []

    def add(canon, aliases=()):
        if canon not in places:
            places[canon] = []
            order.append(canon)
        for a in aliases:
            if a != canon and a not in places[canon]:
                places[canon].append(a)

    for c in json.load(open(f'{ISO}/iso_3166-1.json'))['3166-1']:
        code = c['alpha_2']
        canon = RENAME.get(code) or c.get('common_name') or c['name']
        if ',' in canon:
            canon = canon.split(',')[0]
        al = [c['name']] if c['name'] != canon and ',' not in c['name'] else []
        add(canon, al + ALIASES.get(canon, []))
    # Chad, Jordan and Georgia are countries too, but also given names: the
    # extractor decides by context, so they stay in the gazetteer.
    for s in json.load(open(f'{ISO}/iso_3166-2.json'))['3166-2']:
        cc = s['code'][:2]
        if cc not in SUBDIV or s['type'] not in SUBDIV_TYPES or s.get('parent'):
            continue
        name = re.sub(r'\s*\[.*?\]', '', s['name']).strip()
        name = re.sub(r'\s*\(.*?\)', '', name).strip()
        if name in SKIP or len(name) < 4 or ',' in name:
            continue
        en = english(name)
        if en in SKIP:
            continue
        if en in places and en != name:
            places[en].append(name)  # "Mexico City", "Crimea": known already
            continue
        add(en, ([name] if en != name else []) + SUB_ALIASES.get(name, []))
    for n, al in SUB_ALIASES.items():
        if n in places or n == 'Washington, D.C.':
            add(n, al)
    add('Washington, D.C.', SUB_ALIASES['Washington, D.C.'])
    for r in REGIONS:
        add(r)
    for line in open(ZONES):
        if line.startswith('#'):
            continue
        f = line.rstrip('\n').split('\t')
        city = f[2].split('/')[-1].replace('_', ' ')
        # Antarctic stations are surnames more often than places in news
        # ("said Palmer", "Davis", "Casey")
        if f[2].startswith('Antarctica/'):
            continue
        if city not in SKIP and not city.startswith('GMT'):
            add(city)
    for c in CITIES:
        if c == 'Kiev':
            add('Kyiv', ['Kiev'])
        elif c not in SKIP or c in ('Jackson', 'Columbus', 'Richmond', 'Charleston', 'Providence', 'Phoenix'):
            add(c)
    add('Georgia')  # the country and the US state: one name either way
    out = sys.stdout
    out.write('# places: the gazetteer (canonical name: [aliases]).\n')
    out.write('# Generated by config/lexicons/tools/gen_places.py from Debian iso-codes\n')
    out.write('# (ISO 3166-1/3166-2 names; LGPL-2.1-or-later) and tzdata zone1970.tab\n')
    out.write('# (city names; public domain), plus hand-written aliases, regions and\n')
    out.write('# cities (public domain).  Edit the script, not this file.\n')
    out.write('places:\n')
    for c in order:
        out.write(f'  {q(c)}: [{", ".join(q(a) for a in places[c])}]\n')


if __name__ == "__main__":
    main()
