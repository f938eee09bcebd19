#include "kiosk/app/coordinator/agreement_export.hpp"

#include "kiosk/app/rule_words.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <stdexcept>

#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/venue_repository.hpp"

namespace kiosk::app {
namespace {
std::string escape(const std::string& text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\n': out += "<br>"; break;
            default: out += c;
        }
    }
    return out;
}

std::string item(const std::string& label, const std::string& value) {
    return "<li><strong>" + escape(label) + ":</strong> " + escape(value) + "</li>\n";
}

std::string how_often(const core::AgreementVersion& v, const ui::Translator& text) {
    if (v.frequency == "custom") {
        return std::string(text.tr("coord.export.every")) + " " + std::to_string(v.custom_interval_days) + " " +
               text.tr("coord.export.days");
    }
    return text.tr("coord.frequency." + v.frequency);
}

std::string arrivals(const core::AgreementVersion& v, const ui::Translator& text) {
    std::string out;
    for (const auto& plan : v.arrival_plans) {
        const std::string who = text.tr("coord.party." + std::string(core::to_string(plan.party)));
        out += "<li>" + escape(who) + ": " + escape(text.tr("coord.export.arrive")) + " " +
               std::to_string(plan.arrive_from_minutes_before) + "–" + std::to_string(plan.arrive_until_minutes_before) +
               " " + escape(text.tr("coord.export.minutes_before")) + ". " +
               escape(text.tr(plan.leave_order == 1 ? "coord.export.leaves_first" : "coord.export.leaves_after")) +
               "</li>\n";
    }
    return out;
}
}  // namespace

std::string agreement_page_html(store::Database& db, core::Id version_id, const std::string& time_zone,
                                const ui::Translator& text) {
    store::AgreementRepository agreements(db);
    const auto v = agreements.version(version_id);
    if (!v) throw std::invalid_argument("there is no agreement version " + std::to_string(version_id));
    const auto agreement = agreements.agreement(v->agreement_id);
    const auto child = store::FamilyRepository(db).child(agreement->child_id);
    const auto room = store::VenueRepository(db).room(v->room_id);

    std::string html = "<!DOCTYPE html>\n<html lang=\"" + escape(text.language()) +
                       "\"><head><meta charset=\"utf-8\"><title>" + escape(text.tr("coord.export.title")) +
                       "</title>\n<style>body{font-family:sans-serif;font-size:14pt;max-width:40em;margin:2em auto;"
                       "line-height:1.5}h1{font-size:20pt}</style></head><body>\n";
    html += "<h1>" + escape(text.tr("coord.export.title")) + " — " + escape(child ? child->first_name : "") + "</h1>\n";
    html += "<p>" + escape(text.tr("coord.export.version")) + " " + std::to_string(v->version) + ", " +
            escape(text.tr("coord.export.from")) + " " + escape(short_date(v->effective_from, time_zone, text)) + ".</p>\n";
    html += "<h2>" + escape(text.tr("coord.export.who")) + "</h2>\n<ul>\n";
    for (const auto& a : v->attendees) html += "<li>" + escape(a.relationship + " — " + a.first_name) + "</li>\n";
    html += "</ul>\n<h2>" + escape(text.tr("coord.export.when")) + "</h2>\n<ul>\n";
    html += item(text.tr("coord.export.how_often"), how_often(*v, text));
    html += item(text.tr("coord.export.how_long"), std::to_string(v->session_minutes) + " " + text.tr("coord.export.minutes"));
    html += item(text.tr("coord.export.where"), room ? room->name : "");
    html += item(text.tr("coord.export.support"), level_label(v->supervision_level, text));
    html += item(text.tr("coord.export.late"), std::to_string(v->grace_minutes) + " " + text.tr("coord.export.grace"));
    html += item(text.tr("coord.export.review"), v->review_date);
    html += "</ul>\n<h2>" + escape(text.tr("coord.export.arriving")) + "</h2>\n<ul>\n" + arrivals(*v, text);
    html += "</ul>\n<h2>" + escape(text.tr("coord.export.rules")) + "</h2>\n<ul>\n";
    // Each rule in the page's language (a rule of the coordinator's own without a translation
    // says staff will explain it), as the family reads it at the kiosk.
    for (const auto& rule : v->rules) {
        const RuleWords words = rule_words(rule, text.language(), text.language());
        html += "<li><strong>" + escape(text.tr(words.heading_key)) + ":</strong> " +
                escape(words.text_key.empty() ? words.text : std::string{text.tr(words.text_key)}) + "</li>\n";
    }
    html += "</ul>\n<p>" + escape(text.tr("coord.export.confirm")) + "</p>\n</body></html>\n";
    return html;
}

std::filesystem::path write_family_page(store::Database& db, core::Id version_id, const std::string& time_zone,
                                        const ui::Translator& text, const std::filesystem::path& folder) {
    namespace fs = std::filesystem;
    if (folder.empty()) {
        throw FamilyPageError("coord.family_page.no_folder", folder,
                              "no folder for family pages is set (coordinator.family_pages)");
    }
    const std::string html = agreement_page_html(db, version_id, time_zone, text);
    const auto v = store::AgreementRepository(db).version(version_id);
    std::error_code error;
    fs::create_directories(folder, error);
    if (error || !fs::is_directory(folder)) {
        throw FamilyPageError("coord.family_page.folder_not_made", folder, "the folder " + folder.string() + " cannot be made");
    }
    fs::permissions(folder, fs::perms::owner_all, fs::perm_options::replace, error);
    const fs::path file =
        folder / ("agreement-" + std::to_string(v->agreement_id) + "-v" + std::to_string(v->version) + ".html");
    const fs::path partial = fs::path(file).concat(".partial");
    {
        // Made 0600 from the start (not chmod afterwards): the page names the child.
        const int fd = ::open(partial.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
        bool written = fd >= 0;
        for (std::size_t done = 0; written && done < html.size();) {
            const ssize_t n = ::write(fd, html.data() + done, html.size() - done);
            if (n <= 0) written = false;
            else done += static_cast<std::size_t>(n);
        }
        if (fd >= 0 && ::close(fd) != 0) written = false;
        if (!written) {
            fs::remove(partial, error);
            throw FamilyPageError("coord.family_page.not_written", folder, "the page could not be written in " + folder.string());
        }
    }
    fs::rename(partial, file, error);
    if (error) {
        fs::remove(partial, error);
        throw FamilyPageError("coord.family_page.not_written", folder, "the page could not be written in " + folder.string());
    }
    return file;
}

}  // namespace kiosk::app
