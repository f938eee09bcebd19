// Target: CPU time to build one frame of the busiest screen of each face, p99 under 0.3 ms
// (issue #17): the lobby keypad, the today board with 40 sessions, a record with 200 timeline
// entries, and the coordinator's pages (the deadlines board and every other page that reads the
// store). Frames are built headlessly (no GPU), as the harness does. The faces draw from read models, so most frames read no database; beside each
// staff and coordinator figure, the frame just after a change (the view built again from the
// store, as after a page the sync worker applied or a new minute) is measured too.
#include <benchmark/benchmark.h>
#include <imgui.h>
#include <time.h>

#include <cfloat>
#include <filesystem>
#include <functional>
#include <stdexcept>

#include "bench/latency.hpp"
#include "kiosk/app/coordinator/coordinator_sign_in.hpp"
#include "kiosk/app/demo/demo_seed.hpp"
#include "kiosk/app/family/family_services.hpp"
#include "kiosk/app/shell/kiosk_app.hpp"
#include "kiosk/app/shell/app_composition.hpp"
#include "kiosk/app/shell/staff_face.hpp"
#include "kiosk/core/visit_code.hpp"
#include "kiosk/store/database.hpp"
#include "kiosk/store/placement_repository.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::bench {
namespace {

const core::Timestamp kToday = core::from_unix(1795428300);  // 2026-11-23 10:05 London
constexpr int kBoardSessions = 40;

double thread_cpu_microseconds() {
    timespec ts{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
}

// A demo database with 40 sessions today: the seed's 15 plus more for the other families.
struct BusyDay {
    std::filesystem::path folder;
    store::Database db;

    static BusyDay make() {
        std::string folder = (std::filesystem::temp_directory_path() / "kiosk-frame-bench-XXXXXX").string();
        if (::mkdtemp(folder.data()) == nullptr) throw std::runtime_error("cannot make a benchmark folder");
        auto db = store::Database::open({.database_file = std::filesystem::path{folder} / "db/bench.db",
                                         .key_file = std::filesystem::path{folder} / "keys/bench.key",
                                         .now = kToday});
        app::DemoSeedOptions seed;
        seed.families = kBoardSessions;
        seed.days = 14;
        seed.today = kToday;
        const auto seeded = app::seed_demo(db, seed);
        add_sessions_today(db, kBoardSessions - static_cast<int>(seeded.todays_visits.size()));
        return {folder, std::move(db)};
    }

    ~BusyDay() {
        std::error_code ignored;
        if (!folder.empty()) std::filesystem::remove_all(folder, ignored);
    }
    BusyDay(std::filesystem::path f, store::Database d) : folder(std::move(f)), db(std::move(d)) {}
    BusyDay(BusyDay&&) = default;

    static void add_sessions_today(store::Database& db, int count) {
        store::SessionRepository sessions(db);
        std::uint32_t state = 12345;
        const auto random = [&](std::uint32_t n) {
            state = state * 1103515245u + 12345u;
            return (state >> 8) % n;
        };
        store::WriteTransaction tx(db, "system:bench", kToday);
        for (int child = kBoardSessions; count > 0 && child > 0; --child) {
            const auto history = sessions.of_child(child);
            if (history.empty()) continue;
            core::Session s = history.back();
            s.id = 0;
            s.state = core::SessionState::Booked;
            s.starts_at = kToday + std::chrono::minutes{15 * (count % 28)};
            const auto shift = s.starts_at - history.back().starts_at;
            for (auto& window : s.arrival_windows) {
                window.arrive_from += shift;
                window.arrive_until += shift;
            }
            do {
                s.visit_code = core::make_visit_code(random);
            } while (sessions.visit_code_taken(s.visit_code));
            sessions.add(tx, s);
            --count;
        }
        tx.commit();
    }
};

// One ImGui context, the app's fonts and theme, and the app on the busy day.
struct HeadlessApp {
    BusyDay day = BusyDay::make();
    core::FixedClock clock{kToday};
    ImGuiContext* context = make_context();
    ui::UiResources ui = ui::create_ui_resources({1280, 800, KIOSK_DEFAULT_ASSETS_DIR, "en"});
    app::Face face;
    app::ComposedApp composed{ui, {day.db, clock, {"Riverside Family Contact Centre", "Europe/London"}, face}};
    app::KioskApp& app = composed.app();

    explicit HeadlessApp(app::Face shown = app::Face::Family) : face(shown) {}

    static ImGuiContext* make_context() {
        ImGuiContext* created = ImGui::CreateContext();
        ImGui::SetCurrentContext(created);
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2{1280, 800};
        io.DeltaTime = 1.0F / 60.0F;
        io.MousePos = ImVec2{-FLT_MAX, -FLT_MAX};
        return created;
    }
    ~HeadlessApp() { ImGui::DestroyContext(context); }

    void frame() {
        ImGui::NewFrame();
        app.draw_frame();
        ImGui::Render();
    }

    app::StaffController& signed_in_as_jo() {
        app::StaffController& staff = app.staff_face()->controller();
        for (const auto& choice : staff.signin_view().roster) {
            if (choice.first_name == "Jo") staff.handle(ui::SignInIntent{ui::ChooseStaff{choice.staff_id}});
        }
        for (const char* digit = app::kDemoStaffPin; *digit != '\0'; ++digit) {
            staff.handle(ui::SignInIntent{ui::PinDigit{*digit}});
        }
        staff.handle(ui::SignInIntent{ui::SubmitPin{}});
        if (staff.signed_in() == nullptr) throw std::runtime_error("the demo PIN did not sign Jo in");
        return staff;
    }
};

// `before_each`: what happens between frames (untimed), e.g. telling the face that data changed.
void measure_frames(benchmark::State& state, HeadlessApp& headless, const std::function<void()>& before_each = {}) {
    for (int warm = 0; warm < 3; ++warm) headless.frame();
    Latencies latencies;
    for (auto _ : state) {
        if (before_each) before_each();
        const double start = thread_cpu_microseconds();
        headless.frame();
        latencies.record(thread_cpu_microseconds() - start);
    }
    latencies.report(state);
}

}  // namespace

static void BM_Frame_family_code_keypad(benchmark::State& state) {
    HeadlessApp headless;
    headless.app.family().handle(ui::AttractIntent{ui::StartCheckIn{}});
    measure_frames(state, headless);
}
BENCHMARK(BM_Frame_family_code_keypad);

void staff_board_frames(benchmark::State& state, bool after_a_change) {
    HeadlessApp headless{app::Face::Staff};
    app::StaffController& staff = headless.signed_in_as_jo();
    if (staff.board_view().rows.size() < kBoardSessions) {
        state.SkipWithError("the busy day has fewer than 40 sessions on the board");
        return;
    }
    measure_frames(state, headless, after_a_change ? std::function<void()>{[&] { staff.data_changed(); }} : nullptr);
}

static void BM_Frame_staff_board_40_sessions(benchmark::State& state) { staff_board_frames(state, false); }
BENCHMARK(BM_Frame_staff_board_40_sessions);
static void BM_Frame_staff_board_40_sessions_after_a_change(benchmark::State& state) { staff_board_frames(state, true); }
BENCHMARK(BM_Frame_staff_board_40_sessions_after_a_change);

void staff_record_frames(benchmark::State& state, bool after_a_change) {
    HeadlessApp headless{app::Face::Staff};
    app::StaffController& staff = headless.signed_in_as_jo();
    for (const auto& row : staff.board_view().rows) {
        if (row.worker_name != "Jo") continue;
        staff.handle(ui::BoardIntent{ui::OpenSession{row.session_id}});
        break;
    }
    staff.handle(ui::SessionIntent{ui::BroughtByEdited{"Helen (foster carer)"}});
    staff.handle(ui::SessionIntent{ui::MarkChildArrived{}});
    staff.handle(ui::SessionIntent{ui::StartSession{}});
    staff.handle(ui::SessionIntent{ui::OpenRecord{}});
    for (int i = 0; i < 200; ++i) {
        staff.handle(ui::RecordIntent{ui::NoteEdited{"Entry " + std::to_string(i) + ": they played with the blocks."}});
        staff.handle(ui::RecordIntent{ui::AddNote{}});
    }
    measure_frames(state, headless, after_a_change ? std::function<void()>{[&] { staff.data_changed(); }} : nullptr);
}

static void BM_Frame_staff_record_200_entries(benchmark::State& state) { staff_record_frames(state, false); }
BENCHMARK(BM_Frame_staff_record_200_entries);
static void BM_Frame_staff_record_200_entries_after_a_change(benchmark::State& state) { staff_record_frames(state, true); }
BENCHMARK(BM_Frame_staff_record_200_entries_after_a_change);

// A coordinator page on the busy day, kept between frames or built again before each one (as
// after a page the sync worker applied). The case pages show the first referral with an agreement.
void coordinator_page_frames(benchmark::State& state, app::CoordinatorScreen screen, bool after_a_change) {
    HeadlessApp headless{app::Face::Coordinator};
    const auto coordinator = app::first_active_coordinator(headless.day.db);
    headless.app.open_coordinator({headless.day.db, headless.clock, "Europe/London", coordinator.value_or(0)});
    app::CoordinatorController& desk = *headless.app.coordinator();
    for (const auto& r : store::ReferralRepository(headless.day.db).inbox()) {
        if (r.status == core::ReferralStatus::Agreed) {
            desk.select_referral(r.id);
            break;
        }
    }
    if (screen == app::CoordinatorScreen::Transition) {
        const auto placements = store::PlacementRepository(headless.day.db).all();
        if (!placements.empty()) desk.select_placement(placements.front().id);
    }
    desk.open(screen);
    const auto headers_before = desk.frames_built();
    measure_frames(state, headless, after_a_change ? std::function<void()>{[&] { desk.data_changed(); }} : nullptr);
    // How many frames built the header again (from the store): none kept, every one after a change.
    state.counters["headers_built"] = static_cast<double>(desk.frames_built() - headers_before);
}

static void BM_Frame_coordinator_deadlines(benchmark::State& state) {
    coordinator_page_frames(state, app::CoordinatorScreen::Deadlines, false);
}
BENCHMARK(BM_Frame_coordinator_deadlines);
static void BM_Frame_coordinator_deadlines_after_a_change(benchmark::State& state) {
    coordinator_page_frames(state, app::CoordinatorScreen::Deadlines, true);
}
BENCHMARK(BM_Frame_coordinator_deadlines_after_a_change);

// The other pages that read the store (issue #17): each kept, and just after a change.
#define KIOSK_COORDINATOR_PAGE_BENCH(name, screen)                                                          \
    static void BM_Frame_coordinator_##name(benchmark::State& state) {                                      \
        coordinator_page_frames(state, app::CoordinatorScreen::screen, false);                             \
    }                                                                                                       \
    BENCHMARK(BM_Frame_coordinator_##name);                                                                 \
    static void BM_Frame_coordinator_##name##_after_a_change(benchmark::State& state) {                     \
        coordinator_page_frames(state, app::CoordinatorScreen::screen, true);                              \
    }                                                                                                       \
    BENCHMARK(BM_Frame_coordinator_##name##_after_a_change)

KIOSK_COORDINATOR_PAGE_BENCH(referrals, Referrals);
KIOSK_COORDINATOR_PAGE_BENCH(risk, Risk);
KIOSK_COORDINATOR_PAGE_BENCH(agreement, Agreement);
KIOSK_COORDINATOR_PAGE_BENCH(schedule, Schedule);
KIOSK_COORDINATOR_PAGE_BENCH(transition, Transition);
KIOSK_COORDINATOR_PAGE_BENCH(staff, Staff);
KIOSK_COORDINATOR_PAGE_BENCH(sync, Sync);
KIOSK_COORDINATOR_PAGE_BENCH(letterbox, Letterbox);
KIOSK_COORDINATOR_PAGE_BENCH(feedback, Feedback);

}  // namespace kiosk::bench
