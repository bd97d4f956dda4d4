import type { WeeklyHours } from '@app/contracts';
import type { DemoSpecialization } from './demo-presentations';
import { DemoRandom } from './demo-random';

/** Every demo account lives under this domain; the admin and doctor addresses identify the demo clinic. */
export const DEMO_DOMAIN = 'demo.clinic';
/** One password for every demo account (hashed once per run that creates accounts). */
export const DEMO_PASSWORD = 'demo-clinic-pass';

export interface DemoAdmin {
  email: string;
  fullName: string;
  phone: string;
}

export const DEMO_ADMIN: DemoAdmin = {
  email: `admin@${DEMO_DOMAIN}`,
  fullName: 'Rosa Delgado',
  phone: '+44 20 7946 0018',
};

/** Time off on the doctor's wall clock, `dayOffset` local days from today; a whole day unless `from`/`to`. */
export interface DemoTimeOff {
  dayOffset: number;
  days?: number;
  from?: string;
  to?: string;
  reason: string;
}

export interface DemoDoctor {
  email: string;
  fullName: string;
  phone: string;
  specialization: DemoSpecialization;
  licenseNumber: string;
  yearsOfExperience: number;
  bio: string;
  timezone: string;
  weeklyHours: WeeklyHours[];
  timeOff: DemoTimeOff[];
  /** Which patients they see. */
  sees: 'children' | 'adults' | 'everyone';
  /** About how many appointments they have in a week. */
  weeklyAppointments: number;
}

/** `days` (ISO, 1 = Monday) from `start` to `end` each, e.g. `week([1, 2, 3], '09:00', '17:00')`. */
function week(days: number[], startTime: string, endTime: string): WeeklyHours[] {
  return days.map((dayOfWeek) => ({ dayOfWeek, startTime, endTime }));
}

const MON_FRI = [1, 2, 3, 4, 5];

export const DEMO_DOCTORS: DemoDoctor[] = [
  {
    email: `amelia.hart@${DEMO_DOMAIN}`,
    fullName: 'Amelia Hart',
    phone: '+44 20 7946 0231',
    specialization: 'Cardiology',
    licenseNumber: 'GMC-6148203',
    yearsOfExperience: 17,
    bio: 'Consultant cardiologist with a special interest in heart rhythm disorders and high blood pressure. Runs the clinic’s rapid-access palpitations service.',
    timezone: 'Europe/London',
    weeklyHours: [...week([1, 2, 3, 4], '08:30', '16:30'), ...week([5], '08:30', '13:00')],
    timeOff: [],
    sees: 'adults',
    weeklyAppointments: 11,
  },
  {
    email: `jonas.weber@${DEMO_DOMAIN}`,
    fullName: 'Jonas Weber',
    phone: '+49 30 23125 418',
    specialization: 'Cardiology',
    licenseNumber: 'LAEK-BE-204871',
    yearsOfExperience: 22,
    bio: 'Interventional cardiologist leading the heart-failure follow-up programme. Consultations in German and English.',
    timezone: 'Europe/Berlin',
    weeklyHours: [...week(MON_FRI, '08:00', '12:00'), ...week(MON_FRI, '13:00', '16:00')],
    timeOff: [],
    sees: 'adults',
    weeklyAppointments: 9,
  },
  {
    email: `priya.raman@${DEMO_DOMAIN}`,
    fullName: 'Priya Raman',
    phone: '+91 98450 31207',
    specialization: 'Dermatology',
    licenseNumber: 'NMC-KA-58213',
    yearsOfExperience: 11,
    bio: 'Dermatologist focusing on eczema, acne and pigmentation in skin of colour. Video consultations in English, Tamil and Hindi.',
    timezone: 'Asia/Kolkata',
    weeklyHours: [
      ...week(MON_FRI, '10:00', '13:30'),
      ...week(MON_FRI, '15:00', '18:00'),
      ...week([6], '10:00', '13:00'),
    ],
    timeOff: [],
    sees: 'everyone',
    weeklyAppointments: 10,
  },
  {
    email: `lucas.moreau@${DEMO_DOMAIN}`,
    fullName: 'Lucas Moreau',
    phone: '+33 1 99 00 42 17',
    specialization: 'Dermatology',
    licenseNumber: 'RPPS-10003456789',
    yearsOfExperience: 8,
    bio: 'Dermatologist and dermatological surgeon: mole checks, psoriasis and minor skin surgery.',
    timezone: 'Europe/Paris',
    weeklyHours: week([2, 3, 4, 5, 6], '09:00', '17:00'),
    timeOff: [{ dayOffset: 2, days: 2, reason: 'European dermatology congress' }],
    sees: 'everyone',
    weeklyAppointments: 8,
  },
  {
    email: `sofia.lindqvist@${DEMO_DOMAIN}`,
    fullName: 'Sofia Lindqvist',
    phone: '+46 70 174 06 62',
    specialization: 'Paediatrics',
    licenseNumber: 'HOSP-512744',
    yearsOfExperience: 14,
    bio: 'Paediatrician for children from newborns to teenagers; runs the asthma and allergy clinic.',
    timezone: 'Europe/Stockholm',
    weeklyHours: week(MON_FRI, '08:00', '15:00'),
    timeOff: [],
    sees: 'children',
    weeklyAppointments: 6,
  },
  {
    email: `marcus.bell@${DEMO_DOMAIN}`,
    fullName: 'Marcus Bell',
    phone: '+1 212-555-0147',
    specialization: 'Paediatrics',
    licenseNumber: 'NY-MD-284716',
    yearsOfExperience: 9,
    bio: 'Board-certified paediatrician: newborn care, vaccinations and developmental checks.',
    timezone: 'America/New_York',
    weeklyHours: week(MON_FRI, '07:00', '15:00'),
    timeOff: [{ dayOffset: -4, reason: 'Annual leave' }],
    sees: 'children',
    weeklyAppointments: 6,
  },
  {
    email: `hannah.okafor@${DEMO_DOMAIN}`,
    fullName: 'Hannah Okafor',
    phone: '+44 20 7946 0675',
    specialization: 'General practice',
    licenseNumber: 'GMC-7204586',
    yearsOfExperience: 12,
    bio: 'GP for the clinic’s online service: diabetes and thyroid reviews, minor illness and preventive care.',
    timezone: 'UTC',
    weeklyHours: week(MON_FRI, '09:00', '17:00'),
    timeOff: [{ dayOffset: -2, reason: 'Sick leave' }],
    sees: 'everyone',
    weeklyAppointments: 12,
  },
  {
    email: `daniel.kim@${DEMO_DOMAIN}`,
    fullName: 'Daniel Kim',
    phone: '+1 212-555-0183',
    specialization: 'General practice',
    licenseNumber: 'NY-MD-301552',
    yearsOfExperience: 6,
    bio: 'Family physician running the evening and Saturday surgery for people who work office hours.',
    timezone: 'America/New_York',
    weeklyHours: [...week([1, 3, 5], '12:00', '20:00'), ...week([6], '09:00', '13:00')],
    timeOff: [],
    sees: 'everyone',
    weeklyAppointments: 10,
  },
  {
    email: `elena.petrova@${DEMO_DOMAIN}`,
    fullName: 'Elena Petrova',
    phone: '+49 30 23125 562',
    specialization: 'Neurology',
    licenseNumber: 'LAEK-BE-219930',
    yearsOfExperience: 19,
    bio: 'Neurologist specialising in headache, migraine and epilepsy; also teaches at a university hospital.',
    timezone: 'Europe/Berlin',
    weeklyHours: week(MON_FRI, '09:00', '17:00'),
    timeOff: [{ dayOffset: 1, from: '13:00', to: '17:00', reason: 'Teaching at the university hospital' }],
    sees: 'adults',
    weeklyAppointments: 8,
  },
  {
    email: `arjun.mehta@${DEMO_DOMAIN}`,
    fullName: 'Arjun Mehta',
    phone: '+91 98200 47391',
    specialization: 'Neurology',
    licenseNumber: 'NMC-MH-77410',
    yearsOfExperience: 15,
    bio: 'Neurologist with a focus on vertigo, neuropathy and sleep disorders.',
    timezone: 'Asia/Kolkata',
    weeklyHours: [...week(MON_FRI, '09:30', '13:30'), ...week(MON_FRI, '14:30', '18:00')],
    timeOff: [],
    sees: 'adults',
    weeklyAppointments: 8,
  },
  {
    email: `claire.dubois@${DEMO_DOMAIN}`,
    fullName: 'Claire Dubois',
    phone: '+44 20 7946 0912',
    specialization: 'Orthopaedics',
    licenseNumber: 'GMC-5893317',
    yearsOfExperience: 24,
    bio: 'Orthopaedic surgeon for knees and shoulders; sports injuries and post-operative follow-up.',
    timezone: 'Europe/London',
    weeklyHours: week([1, 2, 3], '08:00', '18:00'),
    timeOff: [{ dayOffset: 5, days: 1, reason: 'Operating list at the partner hospital' }],
    sees: 'adults',
    weeklyAppointments: 9,
  },
  {
    email: `samuel.osei@${DEMO_DOMAIN}`,
    fullName: 'Samuel Osei',
    phone: '+44 7700 900462',
    specialization: 'Orthopaedics',
    licenseNumber: 'GMC-7390145',
    yearsOfExperience: 10,
    bio: 'Sports medicine and orthopaedics: sprains, tendon problems and running injuries. Weekend clinic.',
    timezone: 'UTC',
    weeklyHours: week([3, 4, 5, 6, 7], '10:00', '18:00'),
    timeOff: [],
    sees: 'everyone',
    weeklyAppointments: 9,
  },
];

/** The doctor and the patient (index into `demoPatients`) whose logins are printed; the story is told around them. */
export const DEMO_LOGIN_DOCTOR = DEMO_DOCTORS[0];
export const DEMO_LOGIN_PATIENT = 0;

export type Gender = 'female' | 'male' | 'other';

export interface DemoPatient {
  email: string;
  fullName: string;
  phone: string;
  isChild: boolean;
  profile: {
    dateOfBirth: string;
    gender: Gender;
    bloodType: string | null;
    allergies: string[];
    address: string;
    emergencyContact: { name: string; phone: string; relationship: string };
  };
}

export const DEMO_PATIENT_COUNT = 60;

interface Region {
  female: string[];
  male: string[];
  neutral: string[];
  surnames: string[];
  phone(random: DemoRandom): string;
  address(random: DemoRandom): string;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Neighbourhoods with streets that are really there, so an address reads like one. */
const PLACES: Record<'uk' | 'us' | 'de' | 'in', { place: string; streets: string[] }[]> = {
  uk: [
    { place: 'London SE15 4QL', streets: ['Bellenden Road', 'Choumert Grove'] },
    { place: 'London N16 7UX', streets: ['Albion Road', 'Church Street'] },
    { place: 'Manchester M14 5RG', streets: ['Wilmslow Road', 'Platt Lane'] },
    { place: 'Bristol BS6 6AA', streets: ['Elm Grove', 'Cotham Road'] },
    { place: 'Leeds LS6 2DJ', streets: ['Headingley Lane', 'Victoria Road'] },
    { place: 'Edinburgh EH9 1PR', streets: ['Marchmont Road', 'Warrender Park Road'] },
  ],
  us: [
    { place: 'New York, NY 10025', streets: ['W 104th St', 'Amsterdam Ave'] },
    { place: 'Brooklyn, NY 11215', streets: ['Prospect Park West', '7th Ave'] },
    { place: 'Jersey City, NJ 07302', streets: ['Grove St', 'Newark Ave'] },
    { place: 'Boston, MA 02130', streets: ['Centre St', 'South St'] },
    { place: 'Philadelphia, PA 19103', streets: ['Spruce St', 'Walnut St'] },
  ],
  de: [
    { place: '10435 Berlin', streets: ['Kastanienallee', 'Schönhauser Allee'] },
    { place: '10999 Berlin', streets: ['Oranienstraße', 'Wiener Straße'] },
    { place: '12049 Berlin', streets: ['Schillerpromenade', 'Herrfurthstraße'] },
    { place: '20357 Hamburg', streets: ['Schanzenstraße', 'Bartelsstraße'] },
    { place: '80469 München', streets: ['Müllerstraße', 'Fraunhoferstraße'] },
    { place: '04275 Leipzig', streets: ['Karl-Liebknecht-Straße', 'Kochstraße'] },
  ],
  in: [
    { place: 'Indiranagar, Bengaluru 560038', streets: ['12th Main Road', '100 Feet Road'] },
    { place: 'Bandra West, Mumbai 400050', streets: ['Hill Road', 'Carter Road'] },
    { place: 'Adyar, Chennai 600020', streets: ['2nd Avenue', 'LB Road'] },
    { place: 'Banjara Hills, Hyderabad 500034', streets: ['Road No. 3', 'Road No. 12'] },
    { place: 'Koregaon Park, Pune 411001', streets: ['North Main Road', 'Lane 5'] },
  ],
};

const REGIONS: Record<'uk' | 'us' | 'de' | 'in', Region> = {
  uk: {
    female: ['Amelia', 'Isla', 'Emily', 'Grace', 'Sophie', 'Chloe', 'Eleanor', 'Harriet', 'Lucy', 'Freya'],
    male: ['Oliver', 'George', 'Harry', 'Jack', 'Thomas', 'William', 'James', 'Alfie', 'Henry', 'Callum'],
    neutral: ['Alex', 'Robin'],
    surnames: ['Clarke', 'Hughes', 'Turner', 'Walsh', 'Foster', 'Evans', 'Murphy', 'Price', 'Lloyd', 'Ahmed', 'Shah'],
    // Ofcom's range for drama: never a real line.
    phone: (r) => `+44 7700 900${pad(r.int(0, 999), 3)}`,
    address: (r) => {
      const { place, streets } = r.pick(PLACES.uk);
      return `${r.int(2, 148)} ${r.pick(streets)}, ${place}, United Kingdom`;
    },
  },
  us: {
    female: ['Emma', 'Ava', 'Mia', 'Harper', 'Madison', 'Abigail', 'Ella', 'Zoe', 'Layla', 'Camila'],
    male: ['Liam', 'Noah', 'Ethan', 'Mason', 'Logan', 'Jackson', 'Aiden', 'Carter', 'Mateo', 'Elijah'],
    neutral: ['Jordan', 'Riley'],
    surnames: [
      'Johnson',
      'Martinez',
      'Nguyen',
      'Robinson',
      'Brooks',
      'Rivera',
      'Coleman',
      'Reyes',
      'Kowalski',
      'Goldberg',
    ],
    // 555-0100..0199: reserved for fiction.
    phone: (r) => `+1 ${r.pick(['212', '718', '917', '646'])}-555-01${pad(r.int(0, 99), 2)}`,
    address: (r) => {
      const { place, streets } = r.pick(PLACES.us);
      return `${r.int(12, 980)} ${r.pick(streets)}, Apt ${r.int(1, 9)}${r.pick(['A', 'B', 'C', 'D'])}, ${place}, USA`;
    },
  },
  de: {
    female: ['Lena', 'Hannah', 'Lea', 'Johanna', 'Marie', 'Katharina', 'Anna', 'Sophie'],
    male: ['Felix', 'Paul', 'Leon', 'Maximilian', 'Lukas', 'Tobias', 'Niklas', 'Jan'],
    neutral: ['Kim'],
    surnames: [
      'Müller',
      'Schmidt',
      'Schneider',
      'Fischer',
      'Becker',
      'Hoffmann',
      'Wagner',
      'Krause',
      'Yılmaz',
      'Nowak',
    ],
    phone: (r) => `+49 30 ${r.int(2000, 8999)} ${pad(r.int(0, 9999), 4)}`,
    address: (r) => {
      const { place, streets } = r.pick(PLACES.de);
      return `${r.pick(streets)} ${r.int(1, 96)}, ${place}, Germany`;
    },
  },
  in: {
    female: ['Ananya', 'Diya', 'Aditi', 'Kavya', 'Meera', 'Isha', 'Priyanka', 'Sneha'],
    male: ['Aarav', 'Vihaan', 'Rohan', 'Karthik', 'Rahul', 'Siddharth', 'Vikram', 'Nikhil'],
    neutral: [],
    surnames: ['Sharma', 'Iyer', 'Nair', 'Reddy', 'Gupta', 'Banerjee', 'Menon', 'Kapoor', 'Rao', 'Desai'],
    phone: (r) => `+91 ${r.pick(['98450', '98200', '99000', '90080'])} ${pad(r.int(0, 99999), 5)}`,
    address: (r) => {
      const { place, streets } = r.pick(PLACES.in);
      return `${r.int(1, 220)}, ${r.pick(streets)}, ${place}, India`;
    },
  },
};

const REGION_ORDER: (keyof typeof REGIONS)[] = ['uk', 'us', 'de', 'in', 'uk', 'us'];

const BLOOD_TYPES: (readonly [string | null, number])[] = [
  ['O+', 37],
  ['A+', 33],
  ['B+', 9],
  ['AB+', 3],
  ['O-', 6],
  ['A-', 6],
  ['B-', 2],
  ['AB-', 1],
  [null, 6],
];

const ADULT_AGE_BANDS: (readonly [readonly [number, number], number])[] = [
  [[18, 34], 3],
  [[35, 64], 4],
  [[65, 89], 2],
];

const ALLERGENS = [
  'Penicillin',
  'Peanuts',
  'Latex',
  'Grass pollen',
  'Ibuprofen',
  'Shellfish',
  'Sulfonamides',
  'Cat dander',
  'Bee stings',
  'House dust mite',
];

/** An e-mail local part in plain ASCII: `Müller` → `mueller`, `Yılmaz` → `yilmaz`. */
function asciiName(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
}

/** The first patient is fixed: the demo patient login, with a story of her own in the plan. */
const FIRST_PATIENT = {
  first: 'Olivia',
  last: 'Bennett',
  gender: 'female' as const,
  age: 58,
  bloodType: 'A+',
  allergies: ['Penicillin'],
  address: '27 Elm Grove, Bristol BS6 6AA, United Kingdom',
  phone: '+44 7700 900214',
  emergencyContact: { name: 'Peter Bennett', phone: '+44 7700 900215', relationship: 'Husband' },
};

/** `age` whole years old at `today` (`YYYY-MM-DD`), born on a day drawn from `random`. */
function birthDate(today: string, age: number, random: DemoRandom): string {
  const [year, month, day] = today.split('-').map(Number);
  const birthMonth = random.int(1, 12);
  const birthDay = random.int(1, 28);
  // A birthday still to come this year means one more year back.
  const laterThisYear = birthMonth > month || (birthMonth === month && birthDay > day);
  return `${year - age - (laterThisYear ? 1 : 0)}-${pad(birthMonth, 2)}-${pad(birthDay, 2)}`;
}

/**
 * Sixty patients from four countries, about a quarter of them children; the same list on every run, with ages
 * counted from `today` (`YYYY-MM-DD`).
 */
export function demoPatients(today: string): DemoPatient[] {
  const random = DemoRandom.for('patients');
  const emails = new Set<string>();
  const emailFor = (first: string, last: string): string => {
    const base = `${asciiName(first)}.${asciiName(last)}`;
    let email = `${base}@${DEMO_DOMAIN}`;
    for (let n = 2; emails.has(email); n += 1) {
      email = `${base}${n}@${DEMO_DOMAIN}`;
    }
    emails.add(email);
    return email;
  };
  const first = FIRST_PATIENT;
  const patients: DemoPatient[] = [
    {
      email: emailFor(first.first, first.last),
      fullName: `${first.first} ${first.last}`,
      phone: first.phone,
      isChild: false,
      profile: {
        dateOfBirth: birthDate(today, first.age, random),
        gender: first.gender,
        bloodType: first.bloodType,
        allergies: first.allergies,
        address: first.address,
        emergencyContact: first.emergencyContact,
      },
    },
  ];
  for (let i = 1; i < DEMO_PATIENT_COUNT; i += 1) {
    const region = REGIONS[REGION_ORDER[i % REGION_ORDER.length]];
    const isChild = i % 4 === 2;
    const gender: Gender =
      !isChild && region.neutral.length > 0 && random.chance(0.05) ? 'other' : random.chance(0.5) ? 'female' : 'male';
    const firstName = random.pick(gender === 'other' ? region.neutral : region[gender]);
    const surname = random.pick(region.surnames);
    const [youngest, oldest] = isChild ? [1, 16] : random.weighted(ADULT_AGE_BANDS);
    const age = random.int(youngest, oldest);
    const allergies = random.chance(0.35)
      ? random.shuffle(ALLERGENS).slice(
          0,
          random.weighted([
            [1, 3],
            [2, 1],
          ]),
        )
      : [];
    const contactRelationship = isChild
      ? random.pick(['Mother', 'Father'])
      : random.pick(
          age >= 50
            ? ['Spouse', 'Partner', 'Daughter', 'Son', 'Sister', 'Friend']
            : ['Spouse', 'Partner', 'Mother', 'Father', 'Brother', 'Friend'],
        );
    const contactFirst = random.pick(
      ['Mother', 'Daughter', 'Sister'].includes(contactRelationship)
        ? region.female
        : ['Father', 'Son', 'Brother'].includes(contactRelationship)
          ? region.male
          : [...region.female, ...region.male],
    );
    const contactSurname = contactRelationship === 'Friend' ? random.pick(region.surnames) : surname;
    patients.push({
      email: emailFor(firstName, surname),
      fullName: `${firstName} ${surname}`,
      phone: region.phone(random),
      isChild,
      profile: {
        dateOfBirth: birthDate(today, age, random),
        gender,
        bloodType: random.weighted(BLOOD_TYPES),
        allergies,
        address: region.address(random),
        emergencyContact: {
          name: `${contactFirst} ${contactSurname}`,
          phone: region.phone(random),
          relationship: contactRelationship,
        },
      },
    });
  }
  return patients;
}
