#include "kiosk/app/staff/staff_controller.hpp"

#include <optional>
#include <string_view>
#include <type_traits>
#include <variant>

#include "kiosk/app/staff/board_rows.hpp"
#include "kiosk/app/staff/due_records.hpp"
#include "kiosk/app/staff_action_error.hpp"
#include "kiosk/app/staff/today_board.hpp"
#include "kiosk/app/sync/sync_status.hpp"
#include "kiosk/core/safeguarding.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/letterbox_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/staff_repository.hpp"

namespace kiosk::app {

namespace {

// A concern's alert carries "concern:<id> severity:<level>" for the receiving service; the board
// says the level in words (and never the worker's text, which the alert does not hold).
std::optional<core::ConcernSeverity> concern_severity(const core::Alert& alert) {
    if (alert.kind != core::AlertKind::SafeguardingConcern) return std::nullopt;
    constexpr std::string_view kLevel = "severity:";
    const auto at = alert.detail.find(kLevel);
    if (at == std::string::npos) return std::nullopt;
    return core::parse_concern_severity(std::string_view{alert.detail}.substr(at + kLevel.size()));
}

}  // namespace

StaffController::StaffController(store::Database& db, const core::Clock& clock, VenueInfo venue,
                                 std::vector<std::string> interpretive_words, std::string home_language)
    : db_(db),
      clock_(clock),
      venue_(std::move(venue)),
      interpretive_words_(std::move(interpretive_words)),
      sign_in_(db, clock),
      records_(db, clock),
      control_(db, clock),
      safeguarding_(db, clock),
      life_stories_(db, clock) {
    home_language_ = std::move(home_language);
    language_ = home_language_;
    reload_roster();
}

void StaffController::reload_roster() {
    // Staff made on another device arrive through the venue hub while this face is open.
    generation_.changed();
    roster_.clear();
    roster_languages_.clear();
    for (const auto& member : store::StaffRepository(db_).all()) {
        if (!member.active) continue;
        roster_.push_back({member.id, member.display_name});
        roster_languages_.push_back(member.language);
    }
}

std::string StaffController::hhmm(core::Timestamp t) const { return core::local_hhmm(t, venue_.time_zone); }

std::string StaffController::day_hhmm(core::Timestamp t) const {
    const std::string date = core::local_date(t, venue_.time_zone);  // "2026-11-23"
    return date.substr(8, 2) + "/" + date.substr(5, 2) + " " + hhmm(t);
}

void StaffController::touched() {
    if (staff_) staff_->touch(clock_.now());
}

bool StaffController::lock_if_idle() {
    if (!staff_ || !staff_->must_lock(clock_.now())) return false;
    lock("staff.signin.locked_idle");
    return true;
}

std::optional<core::Timestamp> StaffController::lock_deadline() const {
    if (!staff_) return std::nullopt;
    return staff_->locks_at();
}

void StaffController::lock(const std::string& why) {
    generation_.changed();
    // What was typed is already saved; only the way in is closed.
    staff_.reset();
    pin_.clear();
    message_ = why;
    step_ = StaffStep::SignIn;
    language_ = chosen_language();  // the person on the keypad (the same, mostly), else the terminal's
}

void StaffController::go(StaffStep step) {
    message_.clear();
    step_ = step;
}

bool StaffController::attempt(const std::function<void()>& action) {
    try {
        action();
        message_.clear();
        return true;
    } catch (const StaffActionError& refusal) {
        message_ = refusal.what();
    } catch (const std::exception&) {
        // Store errors are plain sentences too, but may name files: keep the screen simple.
        message_ = "staff.common.failed";
    }
    return false;
}

std::string StaffController::chosen_language() const {
    for (std::size_t i = 0; i < roster_.size(); ++i) {
        if (roster_[i].staff_id == chosen_ && !roster_languages_[i].empty()) return roster_languages_[i];
    }
    return home_language_;
}

ReadModelKey<NoDetail> StaffController::view_key() const { return {generation_.value(), minute_of(clock_.now()), {}}; }

const ui::SignInView& StaffController::signin_view() const {
    return signin_model_.get(view_key(), [this] { return build_signin_view(); });
}
const ui::BoardView& StaffController::board_view() const {
    return board_model_.get(view_key(), [this] { return build_board_view(); });
}
const ui::SessionView& StaffController::session_view() const {
    return session_model_.get(view_key(), [this] { return build_session_view(); });
}
const ui::RecordView& StaffController::record_view() const {
    return record_model_.get(view_key(), [this] { return build_record_view(); });
}
const ui::ConcernView& StaffController::concern_view() const {
    return concern_model_.get(view_key(), [this] { return build_concern_view(); });
}
const ui::FinalizeView& StaffController::finalize_view() const {
    return finalize_model_.get(view_key(), [this] { return build_finalize_view(); });
}
const ui::DueView& StaffController::due_view() const {
    return due_model_.get(view_key(), [this] { return build_due_view(); });
}
const ui::LifeStoryView& StaffController::life_story_view() const {
    return life_story_model_.get(view_key(), [this] { return build_life_story_view(); });
}
const ui::StaffLetterboxView& StaffController::letterbox_view() const {
    return letterbox_model_.get(view_key(), [this] { return build_letterbox_view(); });
}

std::uint64_t StaffController::views_built() const {
    return signin_model_.builds() + board_model_.builds() + session_model_.builds() + record_model_.builds() +
           concern_model_.builds() + finalize_model_.builds() + due_model_.builds() + life_story_model_.builds() +
           letterbox_model_.builds();
}

ui::SignInView StaffController::build_signin_view() const {
    ui::SignInView view;
    view.clock_hhmm = hhmm(clock_.now());
    view.roster = roster_;
    view.chosen = chosen_;
    for (const auto& choice : roster_) {
        if (choice.staff_id == chosen_) view.chosen_name = choice.first_name;
    }
    view.digits_typed = pin_.size();
    view.message = message_;
    view.language = language_;
    return view;
}

void StaffController::handle(const ui::SignInIntent& intent) {
    note_intent(intent);
    std::visit(
        [this](const auto& asked) {
            using Asked = std::decay_t<decltype(asked)>;
            if constexpr (std::is_same_v<Asked, ui::ChooseStaff>) {
                chosen_ = asked.staff_id;
                pin_.clear();
                message_.clear();
                // The keypad speaks the person's own language, if they chose one before.
                language_ = chosen_language();
            } else if constexpr (std::is_same_v<Asked, ui::ChooseStaffLanguage>) {
                if (chosen_ != 0 && !asked.code.empty() && asked.code.size() <= 8) language_ = asked.code;
            } else if constexpr (std::is_same_v<Asked, ui::PinDigit>) {
                if (pin_.size() < 12) pin_ += asked.digit;
            } else if constexpr (std::is_same_v<Asked, ui::PinBackspace>) {
                if (!pin_.empty()) pin_.pop_back();
            } else if constexpr (std::is_same_v<Asked, ui::SubmitPin>) {
                submit_pin();
            } else if constexpr (std::is_same_v<Asked, ui::ChooseSomeoneElse>) {
                chosen_ = 0;
                pin_.clear();
                message_.clear();
                language_ = home_language_;
            }
        },
        intent);
}

void StaffController::submit_pin() {
    if (chosen_ == 0) return;
    const std::string pin = std::move(pin_);
    pin_.clear();
    if (pin.empty()) return;
    SignInResult result;
    if (!attempt([&] { result = sign_in_.sign_in(chosen_, pin); })) return;
    switch (result.outcome) {
        case SignInOutcome::SignedIn: {
            staff_ = std::move(result.session);
            // A language picked on the keypad is theirs from now on, on any tablet.
            const std::string& own = staff_->member().language;
            if (language_ != (own.empty() ? home_language_ : own)) {
                attempt([&] { sign_in_.remember_language(*staff_, language_); });
                for (std::size_t i = 0; i < roster_.size(); ++i) {
                    if (roster_[i].staff_id == chosen_) roster_languages_[i] = language_;
                }
            }
            go(StaffStep::Board);
            return;
        }
        case SignInOutcome::WrongPin:
            message_ = "staff.signin.wrong_pin|" + std::to_string(result.tries_before_lock);
            return;
        case SignInOutcome::TooSoon:
            message_ = "staff.signin.too_soon|" + hhmm(result.try_again_at);
            return;
        case SignInOutcome::Locked:
            message_ = "staff.signin.account_locked|" + hhmm(result.try_again_at);
            return;
        case SignInOutcome::NeedsCoordinatorReset:
            message_ = "staff.signin.needs_coordinator";
            return;
        case SignInOutcome::Unavailable:
            message_ = "staff.signin.unavailable";
            return;
    }
}

ui::BoardView StaffController::build_board_view() const {
    ui::BoardView view;
    const core::Timestamp now = clock_.now();
    view.clock_hhmm = hhmm(now);
    view.worker_name = staff_ ? staff_->member().display_name : "";
    const SyncStatus sync = sync_status(db_);
    view.unsent = sync.unsent;
    view.last_sync_hhmm = sync.last_success ? hhmm(*sync.last_success) : std::string{};
    const TodayBoard board = build_today_board(db_, now);
    view.venue_name = board.venue_name;
    view.local_date = board.local_date;
    auto alert_view = [this](const core::Alert& a) {
        ui::BoardAlertView alert{a.id, "staff.alert." + std::string{core::to_string(a.kind)}, a.detail, "", hhmm(a.raised_at)};
        if (const auto severity = concern_severity(a)) {
            alert.severity_key = "staff.severity." + std::string{core::to_string(*severity)};
        }
        return alert;
    };
    for (const auto& s : board.sessions) {
        ui::BoardRowView row = board_row_view(s);
        for (const auto& a : s.alerts) row.alerts.push_back(alert_view(a));
        view.rows.push_back(std::move(row));
    }
    for (const auto& a : board.venue_alerts) view.venue_alerts.push_back(alert_view(a));
    view.due_count = static_cast<int>(board.due.size());
    for (const auto& d : board.due) {
        if (d.status == core::DueStatus::Overdue) ++view.overdue_count;
    }
    view.letters_waiting = static_cast<int>(store::LetterboxRepository(db_).waiting_items().size());
    view.message = message_;
    return view;
}

void StaffController::handle(const ui::BoardIntent& intent) {
    note_intent(intent);
    if (!staff_) return;
    std::visit(
        [this](const auto& asked) {
            using Asked = std::decay_t<decltype(asked)>;
            if constexpr (std::is_same_v<Asked, ui::OpenSession>) {
                open_session(asked.session_id);
            } else if constexpr (std::is_same_v<Asked, ui::AcknowledgeAlert>) {
                attempt([&] { acknowledge_alert(db_, clock_, asked.alert_id, staff_->member().id); });
            } else if constexpr (std::is_same_v<Asked, ui::ShowDueList>) {
                go(StaffStep::Due);
            } else if constexpr (std::is_same_v<Asked, ui::ShowLettersToCheck>) {
                open_letterbox(0);
            } else if constexpr (std::is_same_v<Asked, ui::LockStaffFace>) {
                lock("staff.signin.locked_by_worker");
            }
        },
        intent);
}

ui::DueView StaffController::build_due_view() const {
    ui::DueView view;
    const core::Timestamp now = clock_.now();
    view.clock_hhmm = hhmm(now);
    view.worker_name = staff_ ? staff_->member().display_name : "";
    store::SessionRepository sessions(db_);
    store::FamilyRepository people(db_);
    store::StaffRepository staff(db_);
    for (const auto& owed : due_records(db_, now)) {
        ui::DueLineView line;
        line.session_id = owed.session_id;
        if (const auto s = sessions.find(owed.session_id)) {
            if (const auto child = people.child(s->child_id)) line.child_first_name = child->first_name;
            line.session_when = day_hhmm(s->starts_at);
        }
        if (const auto worker = staff.find(owed.worker_id)) line.worker_name = worker->display_name;
        line.due_when = day_hhmm(owed.due_at);
        line.status_key = "staff.due." + std::string{core::to_string(owed.status)};
        line.overdue = owed.status == core::DueStatus::Overdue;
        line.mine = staff_ && owed.worker_id == staff_->member().id;
        view.lines.push_back(std::move(line));
    }
    return view;
}

void StaffController::handle(const ui::DueIntent& intent) {
    note_intent(intent);
    if (!staff_) return;
    if (const auto* open = std::get_if<ui::OpenDueRecord>(&intent)) {
        open_session(open->session_id);
        open_record();
    } else if (std::holds_alternative<ui::BackToBoard>(intent)) {
        go(StaffStep::Board);
    } else if (std::holds_alternative<ui::LockStaffFace>(intent)) {
        lock("staff.signin.locked_by_worker");
    }
}

std::optional<ui::BoardRowView> StaffController::board_row(core::Id session_id) const {
    const core::Timestamp now = clock_.now();
    for (const auto& s : build_today_board(db_, now).sessions) {
        if (s.session_id == session_id) return board_row_view(s);
    }
    // An earlier day's session (a record still owed): the facts the record needs.
    const auto s = store::SessionRepository(db_).find(session_id);
    if (!s) return std::nullopt;
    BoardSession facts;
    facts.session_id = s->id;
    facts.starts_local = day_hhmm(s->starts_at);
    facts.ends_local = hhmm(s->ends_at());
    facts.stage = BoardStage::Ended;
    const std::string today = core::local_date(now, venue_.time_zone);
    if (const auto child = store::FamilyRepository(db_).child(s->child_id)) {
        facts.child_first_name = child->first_name;
        facts.age_band = core::age_band(child->date_of_birth, today);
    }
    add_contact_details(db_, venue_.time_zone, today, *s, facts);
    ui::BoardRowView row = board_row_view(facts);
    row.windows.clear();
    return row;
}

}  // namespace kiosk::app
