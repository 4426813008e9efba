package id.lentera.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Fictional but plausible households of Binjai and Medan: Batak, Malay and Javanese names with the
 * spelling variants a search must tolerate, rosters shaped like real families, NIK and KK numbers
 * whose digits agree with sex, birth date and kecamatan. Plain values only, so that the demo data
 * (through the entities) and the large-data generator (through COPY) share one model of a family.
 * Not thread-safe: one instance per generating thread.
 */
final class SyntheticFamilies {

    /** One person on the roster; {@code nik} null when none is known. */
    record Member(String fullName, Sex sex, LocalDate birthDate, Integer birthYear, boolean birthYearEstimated,
            Relationship relationship, Schooling schooling, MaternalStatus maternalStatus, LocalDate deliveryDate,
            TriState severeDisability, String disabilityType, String nik, Map<DocumentType, DocumentStatus> documents,
            LocalDate leftOn, String leftReason, LocalDate deceasedOn) {
    }

    /** What the worker recorded about the member who is the client. */
    record ClientFacts(String alias, NikMissingReason nikMissingReason, Situation situation, String currentAddress,
            String originRegionCode, String occupation, Long incomePerMonth, String education,
            MaritalStatus maritalStatus, String phone, Set<String> ppksCodes, LocalDate consentOn) {
    }

    /** A household with its roster, which member is the client, and its registry history (oldest first). */
    record Family(String kkNumber, String street, String rt, String rw, String kelurahanCode, List<Member> members,
            int clientIndex, ClientFacts client, List<RegistryCheck> registry) {

        Member clientMember() {
            return members.get(clientIndex);
        }
    }

    private static final String[] JAVANESE_MALE = {"Sugianto", "Suparman", "Slamet", "Wagiman", "Sutrisno",
        "Budi Santoso", "Joko Susilo", "Wahyudi", "Mulyadi", "Purwanto", "Tukiman", "Legiman", "Paijo", "Suyono",
        "Bambang", "Agus Salim", "Eko Prasetyo", "Hadi Susanto", "Supriadi", "Sukirman", "Giyono", "Sarno",
        "Teguh", "Rianto", "Dwi Cahyono", "Edi Santoso", "Untung", "Sumarno", "Karyadi", "Ponijan"};
    private static final String[] JAVANESE_FEMALE = {"Sri Wahyuni", "Sumiati", "Ngatini", "Siti Rahayu", "Suwarni",
        "Tumini", "Painem", "Sulastri", "Endang Susilawati", "Wartini", "Rukmini", "Yuliani", "Suharti",
        "Partini", "Sri Mulyani", "Dwi Astuti", "Tri Wahyuningsih", "Sukinah", "Ponirah", "Kasmini", "Legini",
        "Lestari", "Ani Suryani", "Puji Astuti"};
    private static final String[] MALAY_MALE = {"Muhammad Rizki", "Muhammad Iqbal", "Abdul Rahman", "Zulkifli",
        "Rahmat Hidayat", "Azhar", "Syahrial", "Khairul Anwar", "Ahmad Fauzi", "Fadli", "Irwansyah", "Syahputra",
        "Hasan Basri", "Yusuf", "Amiruddin", "Ridwan", "Tengku Amri", "Safaruddin", "Hamdani", "Arifin",
        "Nasrun", "Firman Syah", "Deni Syahputra", "Fikri Ramadhan"};
    private static final String[] MALAY_FEMALE = {"Siti Aminah", "Nurhalimah", "Fauziah", "Khairunnisa",
        "Nurhayati", "Rahmawati", "Siti Aisyah", "Zubaidah", "Hafsah", "Nurjannah", "Syarifah", "Rosnah",
        "Maimunah", "Cut Nurul", "Salmah", "Aminah", "Yusnidar", "Nurul Huda", "Siti Khadijah", "Raudhah",
        "Fitri Handayani", "Dewi Sartika"};
    private static final String[] BATAK_MALE = {"Parlindungan", "Togar", "Bonar", "Poltak", "Martua", "Halomoan",
        "Sahat", "Maruli", "Tumpal", "Robert", "Daniel", "Ferdinand", "Samuel", "Jhonson", "Hendra", "Rudi",
        "Benny", "Rinaldi", "Jusup", "Sabar", "Mangatas", "Hotman", "Parulian", "Darwin", "Edison", "Lamhot"};
    private static final String[] BATAK_FEMALE = {"Rosmawati", "Lasma", "Sondang", "Tiurma", "Romauli",
        "Masniari", "Lamria", "Hotmaida", "Debora", "Ruth", "Maria", "Erna", "Rina", "Sarma", "Nurmala",
        "Riris", "Tiominar", "Hotnida", "Rosdiana", "Friska", "Mega", "Juliana"};
    private static final String[] MARGA = {"Siregar", "Nasution", "Lubis", "Harahap", "Sitepu", "Ginting",
        "Tarigan", "Sembiring", "Simanjuntak", "Sihombing", "Hutagalung", "Panjaitan", "Manurung", "Sinaga",
        "Simatupang", "Pardede", "Situmorang", "Purba", "Saragih", "Damanik", "Pohan", "Hasibuan", "Rangkuti",
        "Batubara", "Daulay", "Pane", "Tanjung", "Sitorus", "Silalahi", "Marpaung", "Napitupulu", "Pasaribu",
        "Lumban Tobing", "Hutapea", "Simbolon", "Gultom", "Perangin-angin", "Barus", "Bangun", "Surbakti",
        "Simamora", "Lumban Gaol", "Munthe", "Karo-karo", "Matondang"};
    private static final String[] STREETS = {"Jl. Samanhudi", "Jl. Sudirman", "Jl. Gatot Subroto", "Jl. Jamin Ginting",
        "Jl. Sei Wampu", "Jl. Sei Bingai", "Jl. Perintis Kemerdekaan", "Jl. Tengku Amir Hamzah", "Jl. Ikan Paus",
        "Jl. Kartini", "Jl. Veteran", "Jl. Mawar", "Jl. Flamboyan", "Jl. Danau Singkarak", "Jl. Bandung",
        "Jl. Pattimura", "Jl. Jati Makmur", "Jl. Gunung Bendahara", "Jl. Padang", "Jl. Cut Nyak Dhien"};
    private static final String[] OCCUPATIONS = {"Buruh harian lepas", "Petani penggarap", "Pedagang kaki lima",
        "Tukang becak", "Ibu rumah tangga", "Buruh pabrik", "Pemulung", "Tukang bangunan", "Pembantu rumah tangga",
        "Ojek online", "Tidak bekerja", "Penjahit", "Supir angkot", "Buruh kebun sawit"};
    private static final String[] DISABILITIES = {"Lumpuh layu (tidak dapat berjalan)", "Tunanetra total",
        "Disabilitas intelektual berat", "Stroke, terbaring di tempat tidur", "Tunarungu wicara"};
    private static final String[] LEFT_REASONS = {"Menikah, ikut suami", "Merantau ke Batam", "Pindah ke Medan",
        "Bekerja di Malaysia", "Menikah dan pindah KK"};
    private static final String[] PPKS_COMMON = {"FAKIR_MISKIN", "FAKIR_MISKIN", "FAKIR_MISKIN",
        "PEREMPUAN_RAWAN_SOSEK", "KELUARGA_BERMASALAH", "PEMULUNG", "KORBAN_BENCANA_ALAM"};

    /** Spelling variants as they turn up on forms, KKs and letters: a search must find both. */
    private static final String[][] VARIANTS = {{"Muhammad", "Muhamad"}, {"Muhammad", "Mhd."}, {"Muhammad", "M."},
        {"Muhammad", "Mohammad"}, {"Syahputra", "Saputra"}, {"Syahputra", "Syahputera"}, {"Nurhayati", "Nur Hayati"},
        {"Nurhalimah", "Nur Halimah"}, {"Rahmat", "Rachmat"}, {"Ahmad", "Achmad"}, {"Yusuf", "Yusup"},
        {"Sugianto", "Sugiyanto"}, {"Suwarni", "Soewarni"}, {"Sutrisno", "Soetrisno"}, {"Siti", "Sity"},
        {"Khairul", "Chairul"}, {"Fauziah", "Fauzia"}, {"Rosmawati", "Rosmawaty"}, {"Hidayat", "Hidayah"},
        {"Zulkifli", "Zulkifly"}, {"Irwansyah", "Irwansah"}, {"Aisyah", "Aisah"}, {"Jhonson", "Johnson"}};

    private final SplittableRandom random;
    private final LocalDate today;
    private final Map<String, Integer> serials = new HashMap<>();

    SyntheticFamilies(long seed, LocalDate today) {
        this.random = new SplittableRandom(seed);
        this.today = today;
    }

    /**
     * The next serial for a 12-digit NIK or KK prefix starting above {@code used}; numbers already in
     * the database are registered here first so that generated ones never collide with them.
     */
    void reserveSerial(String prefix12, int used) {
        serials.merge(prefix12, used, Math::max);
    }

    String nik(String kecamatanCode, Sex sex, LocalDate birthDate) {
        int day = birthDate.getDayOfMonth() + (sex == Sex.F ? 40 : 0);
        String prefix = digits(kecamatanCode) + two(day) + two(birthDate.getMonthValue()) + two(birthDate.getYear() % 100);
        return nextSerial(prefix);
    }

    String kk(String kecamatanCode, LocalDate issuedOn) {
        String prefix = digits(kecamatanCode) + two(issuedOn.getDayOfMonth()) + two(issuedOn.getMonthValue())
                + two(issuedOn.getYear() % 100);
        return nextSerial(prefix);
    }

    private String nextSerial(String prefix) {
        int serial = serials.merge(prefix, 1, Integer::sum);
        if (serial > 9999) {
            throw new IllegalStateException("no serials left for one kecamatan and date");
        }
        return prefix + pad(serial, 4);
    }

    /**
     * A random household in one of {@code kelurahanCodes}: a head of 20 to 80, usually a spouse, 0-5
     * children, sometimes a grandparent; about 70% have a NIK.
     */
    Family next(List<String> kelurahanCodes, Map<String, Integer> ppksIds) {
        String kelurahan = kelurahanCodes.get(random.nextInt(kelurahanCodes.size()));
        String kecamatan = kelurahan.substring(0, 8);
        int ethnicity = random.nextInt(3); // 0 Batak, 1 Malay, 2 Javanese
        String marga = MARGA[random.nextInt(MARGA.length)];
        boolean single = chance(0.12);
        boolean femaleHead = single ? chance(0.55) : chance(0.15);
        int headAge = single ? between(20, 80) : between(22, 75);
        List<Member> members = new ArrayList<>();
        members.add(member(name(ethnicity, femaleHead ? Sex.F : Sex.M, marga, true), femaleHead ? Sex.F : Sex.M,
                headAge, Relationship.HEAD, kecamatan, false));
        boolean spouse = !single && !femaleHead && chance(0.9);
        Integer spouseAge = null;
        if (spouse) {
            spouseAge = Math.max(18, headAge - between(-3, 8));
            boolean pregnant = spouseAge < 42 && chance(0.08);
            members.add(member(name(ethnicity, Sex.F, MARGA[random.nextInt(MARGA.length)], false), Sex.F, spouseAge,
                    Relationship.SPOUSE, kecamatan, pregnant));
        }
        int motherAge = spouseAge != null ? spouseAge : headAge;
        int children = single ? 0 : Math.min(5, (int) Math.round(Math.abs(random.nextGaussian()) * 1.8 + 0.4));
        for (int i = 0; i < children && motherAge - 18 - i * 2 >= 0; i++) {
            int age = Math.max(0, Math.min(motherAge - 18, 30) - i * between(1, 4) - between(0, 3));
            Sex sex = chance(0.5) ? Sex.M : Sex.F;
            members.add(member(name(ethnicity, sex, marga, true), sex, age, Relationship.CHILD, kecamatan, false));
        }
        if (!single && headAge < 55 && chance(0.12)) {
            Sex sex = chance(0.7) ? Sex.F : Sex.M;
            members.add(member(name(ethnicity, sex, marga, false), sex, Math.min(95, headAge + between(22, 32)),
                    Relationship.PARENT, kecamatan, false));
        }
        int clientIndex = members.size() > 1 && chance(0.1) ? members.size() - 1 : 0;
        if (members.size() > 2 && chance(0.04)) {
            Member leaver = members.get(members.size() - 1);
            if (leaver.relationship() == Relationship.CHILD && ageOf(leaver) >= 18 && clientIndex != members.size() - 1) {
                members.set(members.size() - 1, withLeft(leaver, today.minusDays(between(30, 1500)),
                        LEFT_REASONS[random.nextInt(LEFT_REASONS.length)]));
            }
        }
        Member client = members.get(clientIndex);
        boolean hasKk = members.stream().anyMatch(m -> m.nik() != null) && chance(0.9);
        String kk = hasKk ? kk(kecamatan, today.minusDays(between(30, 7000))) : null;
        ClientFacts facts = new ClientFacts(null, client.nik() == null ? pick(NikMissingReason.values()) : null,
                chance(0.97) ? Situation.HOME : Situation.NO_FIXED_ADDRESS, null, null,
                ageOf(client) < 16 ? null : OCCUPATIONS[random.nextInt(OCCUPATIONS.length)],
                chance(0.7) ? Long.valueOf(between(3, 40) * 100_000L) : null, null,
                ageOf(client) < 18 ? MaritalStatus.SINGLE : spouse && clientIndex == 0 ? MaritalStatus.MARRIED
                        : pick(MaritalStatus.values()),
                chance(0.6) ? "08" + (11 + random.nextInt(12)) + pad(random.nextInt(100_000_000), 8) : null,
                ppks(client, ppksIds), chance(0.8) ? today.minusDays(between(1, 900)) : null);
        return new Family(kk, STREETS[random.nextInt(STREETS.length)] + (chance(0.4) ? " Gg. " + between(1, 12) : "")
                + " No. " + between(1, 250), pad(between(1, 15), 3), pad(between(1, 8), 3),
                kelurahan, members, clientIndex, facts, registry(kk != null, client.nik() != null));
    }

    private Set<String> ppks(Member client, Map<String, Integer> ppksIds) {
        Set<String> codes = new java.util.HashSet<>();
        int age = ageOf(client);
        codes.add(age >= 60 && chance(0.5) ? "LANSIA_TELANTAR" : PPKS_COMMON[random.nextInt(PPKS_COMMON.length)]);
        if (client.severeDisability() == TriState.YES) {
            codes.add(age < 18 ? "ANAK_DISABILITAS" : "PENYANDANG_DISABILITAS");
        }
        if (age < 18 && chance(0.3)) {
            codes.add("ANAK_TELANTAR");
        }
        codes.retainAll(ppksIds.keySet());
        return codes;
    }

    private List<RegistryCheck> registry(boolean hasKk, boolean hasNik) {
        List<RegistryCheck> checks = new ArrayList<>();
        double roll = random.nextDouble();
        LocalDate first = today.minusDays(between(200, 1200));
        if (roll < 0.15) {
            return checks; // never checked
        }
        if (!hasKk || roll < 0.35) {
            checks.add(new RegistryCheck(Registry.DTKS, RegistryState.NOT_REGISTERED, null, null, null, first,
                    RegistrySource.SIKS_NG, null));
            return checks;
        }
        checks.add(new RegistryCheck(Registry.DTKS, RegistryState.PROPOSED, null, null, null, first,
                RegistrySource.KELURAHAN_LETTER, "Diusulkan lewat musyawarah kelurahan"));
        LocalDate later = first.plusDays(between(60, 180));
        if (roll < 0.45) {
            return checks;
        }
        if (roll < 0.55 || !hasNik) {
            checks.add(new RegistryCheck(Registry.DTKS, RegistryState.REJECTED, "NIK tidak padan", null, null, later,
                    RegistrySource.SIKS_NG, null));
        } else if (roll < 0.62) {
            checks.add(new RegistryCheck(Registry.DTKS, RegistryState.IN_VERIFICATION, null, null, null, later,
                    RegistrySource.DINSOS_OPERATOR, null));
        } else {
            checks.add(new RegistryCheck(Registry.DTSEN, RegistryState.REGISTERED, null,
                    "DTSEN-" + (10_000_000 + random.nextInt(89_999_999)), between(1, 10), later,
                    chance(0.5) ? RegistrySource.CEK_BANSOS : RegistrySource.SIKS_NG, null));
        }
        return checks;
    }

    private Member member(String name, Sex sex, int age, Relationship relationship, String kecamatan,
            boolean pregnant) {
        boolean birthDateKnown = age < 60 ? chance(0.95) : chance(0.7);
        LocalDate birthDate = today.minusYears(age).minusDays(between(1, 364));
        boolean hasNik = birthDateKnown && (age < 17 ? chance(0.7) : chance(0.78));
        String nikKecamatan = chance(0.85) ? kecamatan : "12.71." + two(between(1, 21));
        String nik = hasNik ? nik(nikKecamatan, sex, birthDate) : null;
        Schooling schooling = schooling(age);
        TriState disability = chance(0.03) ? TriState.YES : chance(0.6) ? TriState.NO : TriState.UNKNOWN;
        Map<DocumentType, DocumentStatus> documents = new EnumMap<>(DocumentType.class);
        if (age >= 17) {
            documents.put(DocumentType.KTP_EL, hasNik ? (chance(0.9) ? DocumentStatus.HAVE : DocumentStatus.LOST)
                    : pick(DocumentStatus.LOST, DocumentStatus.NEVER_HAD, DocumentStatus.UNKNOWN));
        }
        if (age < 18) {
            documents.put(DocumentType.AKTA, chance(0.75) ? DocumentStatus.HAVE
                    : pick(DocumentStatus.NEVER_HAD, DocumentStatus.UNKNOWN));
        }
        if (chance(0.5)) {
            documents.put(DocumentType.KIS_BPJS, chance(0.7) ? DocumentStatus.HAVE : DocumentStatus.NEVER_HAD);
        }
        return new Member(name, sex, birthDateKnown ? birthDate : null,
                birthDateKnown ? null : Integer.valueOf(birthDate.getYear()), !birthDateKnown, relationship, schooling,
                pregnant ? MaternalStatus.PREGNANT : MaternalStatus.NONE,
                pregnant ? today.plusDays(between(14, 200)) : null, disability,
                disability == TriState.YES ? DISABILITIES[random.nextInt(DISABILITIES.length)] : null, nik, documents,
                null, null, null);
    }

    private Schooling schooling(int age) {
        if (age < 4) {
            return Schooling.NOT_YET;
        }
        if (age < 7) {
            return chance(0.6) ? Schooling.PAUD : Schooling.NOT_YET;
        }
        if (age > 21) {
            return null;
        }
        if (chance(0.06)) {
            return Schooling.DROPPED_OUT;
        }
        return age <= 12 ? Schooling.SD : age <= 15 ? Schooling.SMP : age <= 18 ? Schooling.SMA : Schooling.FINISHED;
    }

    /** A name as a Batak, Malay or Javanese family in North Sumatra would write it, sometimes misspelt. */
    String name(int ethnicity, Sex sex, String marga, boolean ownMarga) {
        // a second given name now and then, as on many KTPs, gives the long tail of real names
        String name = switch (ethnicity) {
            case 0 -> given(sex == Sex.M ? BATAK_MALE : BATAK_FEMALE, 0.3)
                    + (sex == Sex.F && chance(0.5) ? " br " : " ") + (ownMarga ? marga : MARGA[random.nextInt(MARGA.length)]);
            case 1 -> given(sex == Sex.M ? MALAY_MALE : MALAY_FEMALE, 0.35);
            default -> given(sex == Sex.M ? JAVANESE_MALE : JAVANESE_FEMALE, 0.35);
        };
        if (chance(0.2)) {
            String[] variant = VARIANTS[random.nextInt(VARIANTS.length)];
            name = name.replace(variant[0], variant[1]);
        }
        return name;
    }

    private String given(String[] pool, double secondName) {
        String first = pool[random.nextInt(pool.length)];
        if (!chance(secondName)) {
            return first;
        }
        String second = pool[random.nextInt(pool.length)].split(" ")[0];
        return first.contains(second) ? first : first + " " + second;
    }

    private Member withLeft(Member m, LocalDate on, String reason) {
        return new Member(m.fullName(), m.sex(), m.birthDate(), m.birthYear(), m.birthYearEstimated(),
                m.relationship(), m.schooling(), m.maternalStatus(), m.deliveryDate(), m.severeDisability(),
                m.disabilityType(), m.nik(), m.documents(), on, reason, null);
    }

    private int ageOf(Member m) {
        int year = m.birthDate() != null ? m.birthDate().getYear() : m.birthYear();
        return today.getYear() - year;
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    static String digits(String dottedCode) {
        return dottedCode.replace(".", "");
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static String pad(int value, int width) {
        String digits = Integer.toString(value);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
