#include "bench/realistic_data.hpp"

#include <array>
#include <cstdio>
#include <span>

#include "kiosk/app/demo/demo_names.hpp"
#include "kiosk/core/feedback_week.hpp"
#include "kiosk/store/database.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "sync/protocol/venue_entities.hpp"

namespace kiosk::bench {
namespace {
using Bank = std::span<const std::string_view>;

// ---- Words that fill the slots of the sentences below --------------------------------------
constexpr std::array<std::string_view, 24> kToys{
    "the wooden train set", "a box of duplo bricks", "the doll's house", "playdough", "the toy kitchen",
    "a jigsaw of farm animals", "the marble run", "finger puppets", "a bag of dinosaurs", "the ball pit",
    "colouring books", "the dressing-up box", "a shape sorter", "magnetic letters", "a remote-control car",
    "the sensory lights", "a tea set", "building blocks", "a fire engine", "stickers",
    "the small-world farm", "bubbles", "a snakes and ladders board", "plasticine"};
constexpr std::array<std::string_view, 14> kFoods{
    "a packed lunch", "crisps and a sandwich", "fruit from home", "a yoghurt", "a bottle of formula",
    "pasta in a flask", "biscuits", "a banana", "rice cakes", "a cheese sandwich", "grapes cut in half",
    "a fruit pouch", "chicken nuggets from a café", "homemade empanadas"};
constexpr std::array<std::string_view, 12> kFeelings{
    "quiet", "cheerful", "unsettled", "tired", "excited", "shy at first", "clingy", "chatty",
    "calm", "tearful", "giggly", "watchful"};
constexpr std::array<std::string_view, 10> kCarerRoles{
    "foster carer", "kinship carer", "residential key worker", "foster carer's partner", "grandmother and carer",
    "supported lodgings host", "foster carer", "respite carer", "foster carer", "kinship carer"};

// ---- English: a sentence per pick, several per section --------------------------------------
constexpr std::array<std::string_view, 12> kEnAttendance{
    "{rel} {adult} arrived at {time}, {n} minutes before the agreed time, and waited in the family room.",
    "{adult} arrived at {time}, {n} minutes late; they said the bus had not come and apologised to staff.",
    "{adult} arrived on time and checked in at the lobby kiosk without help.",
    "{adult} phoned at {time} to say they were running late and arrived within the grace period.",
    "The session started at {time} as booked and ran for the full {minutes} minutes.",
    "The session ended {n} minutes early at {adult}'s request because they had a hospital appointment.",
    "{adult} was accompanied by a friend who is not on the agreement; the friend waited in reception.",
    "Staggered arrival was followed: {carer} arrived {n} minutes after {adult} was in the room.",
    "{adult} left first as planned and {carer} collected {child} {n} minutes later.",
    "{adult} arrived at {time} and asked whether the time of next week's session could change.",
    "Both parties kept to their arrival windows.",
    "{adult} had to be reminded at {time} that the session was ending and left calmly."};
constexpr std::array<std::string_view, 10> kEnBroughtBy{
    "{child} was brought by {carer}, {carer_role}, who handed over {food} and a spare set of clothes.",
    "{carer} ({carer_role}) brought {child} and mentioned that {child} had slept badly the night before.",
    "{child} arrived with {carer} in a taxi arranged by the local authority.",
    "{carer} brought {child} straight from school and said {child} had been {feeling} at pick-up.",
    "{child} was brought by {carer}, who reported a new tooth coming through and some teething pain.",
    "{carer} dropped {child} off and said {child} had asked all week when {rel} would be there.",
    "{child} came with {carer}, {carer_role}, and brought {toy} to show {rel}.",
    "{carer} brought {child} and passed on that the medicine had been given at {time}.",
    "{child} was brought by the duty social worker because {carer} was unwell.",
    "{carer} arrived with {child} and a letter from school to share with {adult}."};
constexpr std::array<std::string_view, 14> kEnPresentation{
    "{child} appeared {feeling} on arrival and held {carer}'s hand while walking to the room.",
    "{child} was dressed appropriately for the weather and looked clean and well cared for.",
    "On arrival {child} ran to {adult} and asked for a hug straight away.",
    "{child} was {feeling} when {carer} left and settled after about {n} minutes with {toy}.",
    "{child} had a small graze on the left knee; {carer} said it happened in the park yesterday.",
    "{child} said they were hungry and ate {food} in the first quarter of an hour.",
    "At departure {child} was {feeling} and said goodbye to {adult} at the door of the room.",
    "{child} cried briefly when {adult} left and was comforted by {carer} in reception.",
    "At the end {child} asked when the next visit would be and was told the date.",
    "{child} waved from the window as {adult} left and then walked out calmly with {carer}.",
    "{child} seemed tired towards the end and lay on the beanbag with {toy}.",
    "{child} left holding a drawing made during the session to take home.",
    "{child} needed a nappy change before leaving, which {adult} did with some guidance.",
    "{child} was reluctant to leave and needed two reminders that it was time to go."};
constexpr std::array<std::string_view, 16> kEnInteraction{
    "{adult} got down to {child}'s level and played with {toy} for about {n} minutes, naming colours and shapes.",
    "{adult} praised {child} often, for example \"well done for sharing\", and {child} smiled in response.",
    "{adult} was on their phone for around {n} minutes while {child} played alone with {toy}.",
    "{child} brought {toy} to {adult} several times and {adult} joined in each time.",
    "{adult} read two stories and {child} sat on their lap, pointing at the pictures.",
    "{adult} asked {child} about school and {child} talked about a friend called Sam.",
    "When {child} became frustrated with {toy}, {adult} stayed calm and offered help.",
    "{adult} and {child} played a game of hide and seek; {child} laughed a lot and asked to play again.",
    "{adult} spoke mostly to the worker about their own court case rather than to {child}.",
    "{adult} offered {food} and they ate together at the table, chatting about the weekend.",
    "{adult} set a clear boundary when {child} climbed on the table, and {child} got down.",
    "{child} was affectionate with {adult} and asked {rel} to plait their hair, which {adult} did gently.",
    "{adult} used a raised voice once when {child} threw {toy}; they apologised to {child} afterwards.",
    "{adult} noticed {child} was tired and suggested a quieter activity with {toy}.",
    "They drew pictures together and {adult} wrote {child}'s name on each one.",
    "{adult} sang nursery rhymes and {child} joined in with the actions."};
constexpr std::array<std::string_view, 12> kEnChildVoice{
    "{child} said: \"I like it when {rel} comes, can we do this every day?\"",
    "{child} told the worker they were happy at {carer}'s house and liked the dog there.",
    "{child} said they missed their brother and asked whether he could come next time.",
    "{child} did not want to talk about home and said \"I just want to play\".",
    "When asked how the visit went, {child} said it was \"good\" and gave a thumbs up.",
    "{child} said they were worried {rel} was sad, and asked the worker to tell {adult} they love them.",
    "{child} said they would like the sessions to be longer.",
    "{child} asked why they cannot go home yet; the worker answered in words agreed with the social worker.",
    "{child} chose the happy face on the feedback screen and said \"I had fun\".",
    "{child} was too young to say how they felt but reached for {adult} and babbled happily.",
    "{child} said they did not want to come last week but were glad they came today.",
    "{child} asked if they could bring {toy} next time to show {rel}."};
constexpr std::array<std::string_view, 12> kEnGuidance{
    "The worker suggested {adult} put the phone away, which they did for the rest of the session.",
    "The worker modelled how to comfort {child} when upset and {adult} tried it the next time.",
    "Guidance was given on safe bottle feeding; {adult} listened and asked sensible questions.",
    "The worker reminded {adult} not to discuss the court case in front of {child}.",
    "The worker praised {adult} for following {child}'s lead in play.",
    "The worker explained the rule about gifts; {adult} agreed to bring smaller gifts in future.",
    "The worker suggested a countdown before the end to help {child} with the goodbye.",
    "No guidance was needed during this session.",
    "The worker showed {adult} how to change a nappy on the changing mat safely.",
    "The worker reminded {adult} of the agreement about photos and {adult} deleted one photo.",
    "The worker talked with {adult} afterwards about age-appropriate food for {child}.",
    "The worker encouraged {adult} to ask {child} open questions about their week."};
constexpr std::array<std::string_view, 12> kEnActivities{
    "Played with {toy} and then {toy}.",
    "Shared {food} at the table, then drew pictures with crayons.",
    "Read \"The Gruffalo\" and \"Dear Zoo\", then played with {toy}.",
    "Went into the garden and played catch for {n} minutes.",
    "Built a tower with {toy} and knocked it down together many times.",
    "Baked fairy cakes in the kitchen room with the worker's help.",
    "Did a jigsaw, then played shops with {toy}.",
    "Made a card for {carer}'s birthday with glitter and stickers.",
    "Played a board game; {adult} helped {child} count the spaces.",
    "Sang songs and played with {toy} on the floor mats.",
    "Looked at photos from the life-story book together.",
    "Blew bubbles and played with {toy}."};
constexpr std::array<std::string_view, 8> kEnConcerns{
    "No concerns were observed during this session.",
    "None.",
    "No concerns. {adult} was warm and attentive throughout.",
    "{adult} smelled of alcohol on arrival; the worker checked and the session went ahead with closer supervision. Reported to the social worker.",
    "{adult} whispered something to {child} that the worker could not hear; reminded of the agreement. Noted for the social worker.",
    "{child} has a bruise on the upper arm; {carer} explained it at handover. Shared with the social worker as agreed.",
    "{adult} asked {child} where {carer} lives; the worker redirected the conversation. Social worker informed.",
    "No concerns about {child}'s care. {adult} seemed low in mood and was given the number of a support line."};
constexpr std::array<std::string_view, 14> kEnAnalysis{
    "{adult} showed warmth and consistency throughout the session and responded to {child}'s cues quickly.",
    "The attachment between {child} and {adult} appears secure: {child} used {adult} as a safe base and returned to them when unsure.",
    "{adult} needed prompts to stay focused on {child}, particularly when using the phone; this is the third session where this was noted.",
    "{child} seemed relaxed with {adult} and the quality of play was good, with {adult} following {child}'s lead.",
    "There were moments where {adult}'s own worries took over the conversation; with guidance they were able to refocus.",
    "{adult} responded well to guidance and put it into practice within the session.",
    "Overall this was a positive session. The current level of supervision remains appropriate.",
    "{child}'s distress at the end of the session has lessened over the last four weeks, which suggests the routine is helping.",
    "The worker would recommend the social worker considers whether a longer session would suit {child}, given how settled they were.",
    "{adult} arrived late again; the pattern of lateness is affecting {child}, who watches the door while waiting.",
    "{adult} managed the boundary about gifts well today compared with previous sessions.",
    "The interaction was mostly led by {child}; {adult} was passive at times but warm when engaged.",
    "{adult} handled {child}'s upset calmly and without blaming {carer}.",
    "These observations describe one session only and should be read with the other records and the social worker's assessment."};

// ---- Spanish and Polish: fewer patterns, the same slots -------------------------------------
constexpr std::array<std::string_view, 14> kEs{
    "{adult} llegó a las {time}, {n} minutos antes de la hora acordada, y esperó en la sala familiar.",
    "{child} llegó con {carer}, que trajo {food} y una muda de ropa.",
    "{child} parecía {feeling} al llegar y se quedó cerca de {carer} unos minutos.",
    "{adult} se sentó en el suelo y jugó con {toy} durante unos {n} minutos, nombrando los colores.",
    "{adult} elogió a {child} a menudo y {child} respondió con sonrisas.",
    "{child} dijo: \"me gusta cuando viene mamá, ¿podemos hacer esto todos los días?\"",
    "La trabajadora sugirió a {adult} que guardara el teléfono, y lo hizo el resto de la sesión.",
    "Jugaron con {toy} y después dibujaron juntos en la mesa.",
    "No se observaron preocupaciones durante la sesión.",
    "{adult} mostró calidez y constancia, y respondió rápidamente a las señales de {child}.",
    "Al despedirse, {child} lloró un poco y {carer} lo consoló en la recepción.",
    "{adult} necesitó recordatorios para centrarse en {child}; es la tercera sesión en que se observa.",
    "Compartieron {food} y hablaron del colegio y de una amiga llamada Lucía.",
    "En general fue una sesión positiva y el nivel de supervisión sigue siendo adecuado."};
constexpr std::array<std::string_view, 14> kPl{
    "{adult} przyszła o {time}, {n} minut przed ustaloną godziną, i czekała w pokoju rodzinnym.",
    "{child} przyjechał z {carer}, która przywiozła {food} i ubranie na zmianę.",
    "{child} był {feeling} po przyjeździe i przez kilka minut trzymał się blisko opiekunki.",
    "{adult} usiadła na podłodze i bawiła się z dzieckiem przez około {n} minut, nazywając kolory i kształty.",
    "{adult} często chwaliła {child}, a dziecko odpowiadało uśmiechem.",
    "{child} powiedział: „Lubię, kiedy mama przychodzi, czy możemy tak robić codziennie?”",
    "Pracownica zasugerowała, żeby {adult} odłożyła telefon, i tak zrobiła do końca spotkania.",
    "Bawili się klockami, a potem razem rysowali przy stole.",
    "Nie zaobserwowano żadnych niepokojących sytuacji podczas spotkania.",
    "{adult} okazywała ciepło i konsekwencję oraz szybko reagowała na sygnały dziecka.",
    "Przy pożegnaniu {child} chwilę płakał, a opiekunka pocieszyła go w recepcji.",
    "{adult} potrzebowała przypomnień, by skupić się na dziecku; to już trzecie takie spotkanie.",
    "Zjedli razem {food} i rozmawiali o szkole oraz o koledze Kubie.",
    "Ogólnie spotkanie było pozytywne, a obecny poziom nadzoru pozostaje właściwy."};

constexpr std::array<std::string_view, 6> kEnComments{
    "Thank you, the room was lovely and the staff were kind.",
    "Could the sessions be on Saturdays? I work weekdays.",
    "My son loved the train set. Please can we have longer next time.",
    "The parking was difficult today but the visit was good.",
    "I felt rushed at the end.",
    "Staff were helpful when I was upset. Thank you."};

struct Sections {
    Bank attendance, brought_by, presentation, interaction, child_voice, guidance, activities, concerns, analysis;
};
constexpr Sections kEnglish{kEnAttendance, kEnBroughtBy, kEnPresentation, kEnInteraction, kEnChildVoice,
                            kEnGuidance,   kEnActivities, kEnConcerns,    kEnAnalysis};
}  // namespace

std::string_view to_string(Language language) {
    switch (language) {
        case Language::English: return "en";
        case Language::Spanish: return "es";
        case Language::Polish: return "pl";
    }
    return "en";
}

RealisticData::RealisticData(std::uint64_t seed) : rng_(seed) {}

int RealisticData::between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng_); }

std::string RealisticData::pick(Bank options) {
    return std::string(options[static_cast<std::size_t>(between(0, static_cast<int>(options.size()) - 1))]);
}

Language RealisticData::pick_language() {
    const int roll = between(1, 100);
    return roll <= 80 ? Language::English : roll <= 90 ? Language::Spanish : Language::Polish;
}

std::string RealisticData::fill(std::string_view pattern) {
    std::string out;
    out.reserve(pattern.size() + 32);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != '{') {
            out += pattern[i];
            continue;
        }
        const std::size_t close = pattern.find('}', i);
        const std::string_view slot = pattern.substr(i + 1, close - i - 1);
        i = close;
        if (slot == "child") out += child_;
        else if (slot == "adult") out += adult_;
        else if (slot == "rel") out += relationship_;
        else if (slot == "carer") out += carer_;
        else if (slot == "worker") out += worker_;
        else if (slot == "toy") out += pick(kToys);
        else if (slot == "food") out += pick(kFoods);
        else if (slot == "feeling") out += pick(kFeelings);
        else if (slot == "carer_role") out += pick(kCarerRoles);
        else if (slot == "n") out += std::to_string(between(2, 25));
        else if (slot == "minutes") out += std::to_string(between(4, 8) * 15);
        else if (slot == "time") out += core::local_hhmm(start_ + std::chrono::minutes{between(-20, 90)}, "Europe/London");
    }
    return out;
}

core::ObservationRecord RealisticData::observation_record(core::Id session_id, core::Timestamp start,
                                                          Language language) {
    namespace names = app::demo_names;
    child_ = std::string(names::kChildren[static_cast<std::size_t>(between(0, names::kChildren.size() - 1))]);
    adult_ = std::string(names::kAdults[static_cast<std::size_t>(between(0, names::kAdults.size() - 1))]);
    relationship_ = std::string(names::kRelationships[static_cast<std::size_t>(between(0, 3))]);
    carer_ = std::string(names::kCarers[static_cast<std::size_t>(between(0, names::kCarers.size() - 1))]);
    start_ = start;

    // One to four sentences a section, the analysis longest, as workers write them.
    const auto write = [&](Bank bank, int low, int high) {
        std::string text;
        for (int n = between(low, high); n > 0; --n) text += (text.empty() ? "" : " ") + fill(pick(bank));
        return text;
    };
    core::ObservationRecord r;
    r.id = session_id;
    r.session_id = session_id;
    r.author_id = between(1, 12);
    r.state = core::RecordState::Final;
    r.created_at = start;
    r.finalized_at = start + std::chrono::hours{between(2, 30)};
    r.due_at = start + std::chrono::hours{25};
    r.late_entry = *r.finalized_at > *r.due_at;
    r.use_note = "This record describes what was seen and heard in one session.";
    using S = core::RecordSection;
    if (language == Language::English) {
        r.sections = {{S::Attendance, write(kEnglish.attendance, 1, 2)},
                      {S::BroughtBy, write(kEnglish.brought_by, 1, 2)},
                      {S::PresentationArrival, write(kEnglish.presentation, 1, 2)},
                      {S::PresentationDeparture, write(kEnglish.presentation, 1, 1)},
                      {S::Interaction, write(kEnglish.interaction, 1, 3)},
                      {S::ChildVoice, write(kEnglish.child_voice, 1, 2)},
                      {S::ParentingGuidance, write(kEnglish.guidance, 1, 2)},
                      {S::Activities, write(kEnglish.activities, 1, 2)},
                      {S::Concerns, write(kEnglish.concerns, 1, 1)},
                      {S::Analysis, write(kEnglish.analysis, 1, 3)}};
    } else {
        const Bank bank = language == Language::Spanish ? Bank{kEs} : Bank{kPl};
        for (const S section : {S::Attendance, S::BroughtBy, S::PresentationArrival, S::PresentationDeparture,
                                S::Interaction, S::ChildVoice, S::ParentingGuidance, S::Activities, S::Concerns,
                                S::Analysis}) {
            r.sections.emplace_back(section, write(bank, 1, section == S::Analysis ? 4 : 2));
        }
    }
    for (int i = between(3, 7), minute = 0; i > 0; --i) {
        minute += between(2, 12);
        r.timeline.push_back({0, start + std::chrono::minutes{minute}, between(0, 2) == 0 ? "" : "play_together",
                              between(0, 5) == 0 ? fill(pick(kEnglish.interaction)) : ""});
    }
    r.signature = "blake2b:" + std::string(64, 'a');
    return r;
}

core::Concern RealisticData::concern(core::Id session_id, core::Timestamp at, Language language) {
    core::Concern c;
    c.session_id = session_id;
    c.raised_by = between(1, 12);
    c.raised_at = at;
    c.severity = static_cast<core::ConcernSeverity>(between(0, 3));
    const Bank bank = language == Language::English ? kEnglish.concerns.subspan(3)
                      : language == Language::Spanish ? Bank{kEs} : Bank{kPl};
    c.text = fill(pick(bank)) + " " + fill(pick(language == Language::English ? kEnglish.analysis : bank));
    return c;
}

core::CheckIn RealisticData::check_in(core::Id session_id, core::Id adult_id, core::Timestamp at,
                                      bool first_visit_of_version) {
    core::CheckIn c;
    c.session_id = session_id;
    c.adult_id = adult_id;
    c.at = at;
    c.agreement_confirmed = true;
    c.agreement_version = between(1, 3);
    if (first_visit_of_version) {
        // A finger signature: a few strokes of points, as the signature pad stores them.
        for (int stroke = between(2, 5); stroke > 0; --stroke) {
            for (int point = between(15, 40); point > 0; --point) {
                c.signature_strokes += std::to_string(between(0, 600)) + "," + std::to_string(between(0, 200)) + " ";
            }
            c.signature_strokes += ";";
        }
    }
    return c;
}

core::Feedback RealisticData::feedback(core::Id session_id, core::Timestamp at, Language language) {
    core::Feedback f;
    f.session_id = session_id;
    f.child_face = between(2, 5);
    f.adult_face = between(1, 5);
    f.anonymous = between(0, 3) == 0;
    f.at = at;
    f.week = core::week_of(at, "Europe/London");
    if (f.anonymous) f.session_id = 0;  // as the lobby saves it (issue #16)
    if (between(0, 2) == 0) f.comment = language == Language::English ? pick(kEnComments) : fill(pick(kEs));
    return f;
}

OutboxMix day_mix(int sessions) {
    return OutboxMix{.observation_records = sessions,
                     .concerns = sessions / 40,
                     .check_ins = 2 * sessions,
                     .feedback = sessions / 3};
}

namespace {
// Payloads name rows by UUID (issue #13); the bench's rows are numbered, so each number stands
// for a fixed UUID of its kind of row.
std::string uuid_for(int table, core::Id id) {
    char text[40];
    std::snprintf(text, sizeof text, "%08x-0000-4000-8000-%012lld", static_cast<unsigned>(table),
                  static_cast<long long>(id));
    return text;
}
enum : int { kSessions = 1, kAdults, kStaff, kRecords, kCheckIns, kFeedback, kConcerns };

std::string payload(const core::ObservationRecord& r) {
    return sync::encode_entity(core::replica::FinalRecord{
        .uuid = uuid_for(kRecords, r.id), .session_uuid = uuid_for(kSessions, r.session_id),
        .author_uuid = uuid_for(kStaff, r.author_id), .created_at = r.created_at, .sections = r.sections,
        .timeline = r.timeline, .late_entry = r.late_entry, .use_note = r.use_note, .signature = r.signature,
        .finalized_at = r.finalized_at, .due_at = r.due_at, .writers = {}});
}
std::string payload(const core::CheckIn& c, core::Id id) {
    return sync::encode_entity(core::replica::CheckIn{
        .uuid = uuid_for(kCheckIns, id), .session_uuid = uuid_for(kSessions, c.session_id),
        .adult_uuid = uuid_for(kAdults, c.adult_id), .party = c.party, .at = c.at,
        .agreement_confirmed = c.agreement_confirmed, .agreement_version = c.agreement_version,
        .signed_agreement = !c.signature_strokes.empty()});
}
std::string payload(const core::Feedback& f, core::Id id) {
    // Anonymous feedback names no session and no time, only its week (issue #16).
    const auto session = f.anonymous ? std::nullopt : std::optional<std::string>{uuid_for(kSessions, f.session_id)};
    const auto at = f.anonymous ? std::nullopt : std::optional<core::Timestamp>{f.at};
    return sync::encode_entity(core::replica::Feedback{
        .uuid = uuid_for(kFeedback, id), .session_uuid = session, .child_face = f.child_face,
        .adult_face = f.adult_face, .comment = f.comment, .anonymous = f.anonymous, .at = at,
        .week = core::week_of(f.at, "Europe/London"), .venue_uuid = std::nullopt});
}
std::string payload(const core::Concern& c, core::Id id) {
    return sync::encode_entity(core::replica::Concern{
        .uuid = uuid_for(kConcerns, id), .session_uuid = uuid_for(kSessions, c.session_id),
        .raised_by_uuid = uuid_for(kStaff, c.raised_by), .raised_at = c.raised_at, .severity = c.severity,
        .text = c.text});
}
}  // namespace

QueuedBytes queue_realistic_outbox(store::Database& db, RealisticData& data, const OutboxMix& mix,
                                   core::Timestamp day_start) {
    QueuedBytes queued;
    store::WriteTransaction tx(db, "bench", day_start);
    const auto queue = [&](const char* kind, core::Id entity, std::string payload, bool fast_lane) {
        queued.payload_bytes += payload.size();
        ++queued.records;
        tx.enqueue(store::OutboxMessage{.kind = kind, .entity_id = entity, .payload = std::move(payload),
                                        .fast_lane = fast_lane});
    };
    const auto session_start = [&](int i) { return day_start + std::chrono::minutes{30 * (i % 20)}; };
    for (int i = 0; i < mix.observation_records; ++i) {
        queue("observation_record", i + 1,
              payload(data.observation_record(i + 1, session_start(i), data.pick_language())),
              false);
    }
    for (int i = 0; i < mix.check_ins; ++i) {
        queue("check_in", i + 1, payload(data.check_in(i / 2 + 1, i + 1, session_start(i / 2), i % 7 == 0), i + 1),
              false);
    }
    for (int i = 0; i < mix.feedback; ++i) {
        queue("feedback", i + 1, payload(data.feedback(i * 3 + 1, session_start(i * 3), data.pick_language()), i + 1),
              false);
    }
    for (int i = 0; i < mix.concerns; ++i) {
        queue("concern", i + 1, payload(data.concern(i * 40 + 1, session_start(i * 40), data.pick_language()), i + 1),
              true);
    }
    tx.audit("bench.enqueued", "outbox", static_cast<core::Id>(queued.records));
    tx.commit();
    return queued;
}

}  // namespace kiosk::bench
