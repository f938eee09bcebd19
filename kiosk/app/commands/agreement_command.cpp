// `contact-kiosk agreement export`: the plain-language agreement page for the family, as HTML.
#include <CLI/CLI.hpp>

#include <fstream>
#include <memory>

#include "kiosk/app/command_error.hpp"
#include "kiosk/app/commands/commands.hpp"
#include "kiosk/app/coordinator/agreement_export.hpp"
#include "kiosk/app/open_store.hpp"
#include "kiosk/app/system_clock.hpp"
#include "kiosk/app/venue_info.hpp"

namespace kiosk::app {

struct AgreementExportOptions {
    std::string config_file;
    std::int64_t version_id = 0;
    std::string out;
    std::string language = "en";
};

void add_agreement_command(CLI::App& cli, CommandResult& result) {
    auto options = std::make_shared<AgreementExportOptions>();
    auto* agreement = cli.add_subcommand("agreement", "Contact agreements");
    agreement->require_subcommand(1);
    auto* exporter = agreement->add_subcommand("export", "Write an agreement version as a page for the family (HTML)");
    exporter->add_option("--config", options->config_file, "Configuration file (TOML)")->check(CLI::ExistingFile);
    exporter->add_option("--agreement", options->version_id, "Agreement version id")->required();
    exporter->add_option("--out", options->out, "HTML file to write")->required();
    exporter->add_option("--lang", options->language, "Language code (en, es, pl)")->capture_default_str();
    exporter->callback([options, &result] {
        const Config config = resolve_config(options->config_file);
        const SystemClock clock;
        store::Database db = open_store(config, clock.now());
        auto text = ui::Translator::load_folder(assets_dir_of(config) / "i18n");
        if (!text.set_language(options->language)) throw CommandError("there is no language \"" + options->language + "\"");
        std::string html;
        try {
            html = agreement_page_html(db, options->version_id, load_venue_info(db, config).time_zone, text);
        } catch (const std::invalid_argument& missing) {
            throw CommandError(missing.what());
        }
        std::ofstream file(options->out, std::ios::binary | std::ios::trunc);
        file << html;
        if (!file.flush()) throw CommandError("the page could not be written to " + options->out);
        result.exit_code = 0;
    });
}

}  // namespace kiosk::app
