#include "tests/harness/clip_check.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

namespace kiosk::testing {

namespace {

// Half a pixel of slack: a glyph's anti-aliased edge may touch its clip rectangle.
constexpr float kSlack = 1.0F;

struct GlyphQuad {
    ImVec2 min;
    ImVec2 max;
    ImVec2 uv_min;
    ImVec2 uv_max;
};

// Every glyph of every font by its place in the atlas, so a quad's texture coordinates say
// which character it is, and whether it is whole.
class GlyphAtlas {
public:
    GlyphAtlas() {
        const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
        white_ = atlas->TexUvWhitePixel;
        for (const ImFont* font : atlas->Fonts) {
            for (const ImFontGlyph& glyph : font->Glyphs) {
                if (!glyph.Visible) continue;
                glyphs_.push_back({glyph.U0, glyph.V0, glyph.U1, glyph.V1, static_cast<unsigned>(glyph.Codepoint)});
            }
        }
    }

    struct Match {
        bool glyph = false;  // the quad shows part of a glyph
        bool trimmed_sideways = false;  // ImGui cut its left or right part off
        bool trimmed_top = false;
        bool trimmed_bottom = false;
        unsigned codepoint = 0;
    };

    Match find(const GlyphQuad& quad) const {
        Match match;
        if (quad.uv_min.x == white_.x && quad.uv_min.y == white_.y) return match;  // a filled shape
        constexpr float e = 1e-6F;
        for (const Entry& g : glyphs_) {
            const bool inside = quad.uv_min.x >= g.u0 - e && quad.uv_max.x <= g.u1 + e && quad.uv_min.y >= g.v0 - e &&
                                quad.uv_max.y <= g.v1 + e;
            if (!inside) continue;
            match.glyph = true;
            match.codepoint = g.codepoint;
            match.trimmed_sideways = quad.uv_min.x > g.u0 + e || quad.uv_max.x < g.u1 - e;
            match.trimmed_top = quad.uv_min.y > g.v0 + e;
            match.trimmed_bottom = quad.uv_max.y < g.v1 - e;
            return match;
        }
        return match;
    }

private:
    struct Entry {
        float u0, v0, u1, v1;
        unsigned codepoint;
    };
    ImVec2 white_;
    std::vector<Entry> glyphs_;
};

std::string utf8(unsigned codepoint) {
    std::string out;
    if (codepoint < 0x80) {
        out += static_cast<char>(codepoint);
    } else if (codepoint < 0x800) {
        out += static_cast<char>(0xC0 | (codepoint >> 6));
        out += static_cast<char>(0x80 | (codepoint & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (codepoint >> 12));
        out += static_cast<char>(0x80 | ((codepoint >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (codepoint & 0x3F));
    }
    return out;
}

struct DrawnGlyph {
    GlyphQuad quad;
    unsigned codepoint = 0;
    // Where it came in the window's drawing; glyphs one after the other with nothing drawn
    // between are letters of one text, whose boxes may reach into each other (DejaVu's J hooks
    // back under a K or a T before it).
    std::size_t order = 0;
};

// The glyphs of one draw command's triangles. ImGui draws a glyph (and a filled rectangle) as
// two triangles (a, b, c) (a, c, d) over an axis-aligned rectangle; anything else is a shape.
std::vector<DrawnGlyph> glyphs_of(const ImDrawList& list, const ImDrawCmd& cmd, const GlyphAtlas& atlas,
                                  std::vector<GlyphAtlas::Match>& matches, std::size_t& order) {
    std::vector<DrawnGlyph> out;
    matches.clear();
    const ImDrawIdx* idx = list.IdxBuffer.Data + cmd.IdxOffset;
    const ImDrawVert* vtx = list.VtxBuffer.Data + cmd.VtxOffset;
    unsigned i = 0;
    while (i + 6 <= cmd.ElemCount) {
        const ImDrawIdx a = idx[i], b = idx[i + 1], c = idx[i + 2];
        const ImDrawIdx a2 = idx[i + 3], c2 = idx[i + 4], d = idx[i + 5];
        const bool quad_pattern = a == a2 && c == c2;
        if (quad_pattern) {
            const ImDrawVert& va = vtx[a];
            const ImDrawVert& vb = vtx[b];
            const ImDrawVert& vc = vtx[c];
            const ImDrawVert& vd = vtx[d];
            const bool axis_aligned = va.pos.y == vb.pos.y && vb.pos.x == vc.pos.x && vc.pos.y == vd.pos.y &&
                                      vd.pos.x == va.pos.x && va.uv.y == vb.uv.y && va.uv.x == vd.uv.x;
            if (axis_aligned) {
                const GlyphQuad quad{va.pos, vc.pos, va.uv, vc.uv};
                const GlyphAtlas::Match match = atlas.find(quad);
                if (match.glyph) {
                    out.push_back({quad, match.codepoint, order++});
                    matches.push_back(match);
                }
                i += 6;
                continue;
            }
        }
        ++order;  // a shape between two glyphs: they are not neighbours in one text
        i += 3;
    }
    ++order;
    return out;
}

// The words on the same line as glyph `at`, left to right, near it.
std::string line_around(const std::vector<DrawnGlyph>& glyphs, const DrawnGlyph& at) {
    std::vector<const DrawnGlyph*> line;
    const float height = at.quad.max.y - at.quad.min.y;
    for (const DrawnGlyph& g : glyphs) {
        const float mid = (g.quad.min.y + g.quad.max.y) * 0.5F;
        if (mid < at.quad.min.y - height || mid > at.quad.max.y + height) continue;
        if (std::fabs(g.quad.min.x - at.quad.min.x) > height * 12.0F) continue;
        line.push_back(&g);
    }
    std::sort(line.begin(), line.end(), [](const DrawnGlyph* x, const DrawnGlyph* y) { return x->quad.min.x < y->quad.min.x; });
    std::string text;
    float last_x = -1.0F;
    for (const DrawnGlyph* g : line) {
        if (last_x >= 0.0F && g->quad.min.x - last_x > height * 0.25F) text += ' ';
        text += utf8(g->codepoint);
        last_x = g->quad.max.x;
    }
    return text;
}

}  // namespace

// Glyphs of one window drawn over each other: words written on top of other words (a title
// running into the heading beside it). Two glyphs of one line touch at most at their edges,
// but for a letter and the next one of the same text, so an overlap of more than a third of the
// smaller one anywhere else is two texts in one place.
void find_overlaps(const std::string& window, std::vector<DrawnGlyph> glyphs, std::vector<ClippedText>& found) {
    std::sort(glyphs.begin(), glyphs.end(), [](const DrawnGlyph& a, const DrawnGlyph& b) { return a.quad.min.x < b.quad.min.x; });
    std::size_t reported = 0;
    for (std::size_t i = 0; i < glyphs.size() && reported < 3; ++i) {
        const GlyphQuad& a = glyphs[i].quad;
        for (std::size_t j = i + 1; j < glyphs.size() && glyphs[j].quad.min.x < a.max.x; ++j) {
            const GlyphQuad& b = glyphs[j].quad;
            const bool next_letter = glyphs[j].order == glyphs[i].order + 1 && b.min.x > a.min.x;
            if (next_letter) continue;
            const float w = std::min(a.max.x, b.max.x) - std::max(a.min.x, b.min.x);
            const float h = std::min(a.max.y, b.max.y) - std::max(a.min.y, b.min.y);
            if (w <= 0.0F || h <= 0.0F) continue;
            const float smaller = std::min((a.max.x - a.min.x) * (a.max.y - a.min.y), (b.max.x - b.min.x) * (b.max.y - b.min.y));
            if (w * h <= smaller / 3.0F) continue;
            found.push_back({window, line_around(glyphs, glyphs[i]) + " / " + line_around(glyphs, glyphs[j]),
                             "drawn over other words", a.min});
            ++reported;
            break;
        }
    }
}

std::vector<ClippedText> clipped_glyphs() {
    std::vector<ClippedText> found;
    const ImDrawData* data = ImGui::GetDrawData();
    if (data == nullptr) return found;
    const GlyphAtlas atlas;
    std::vector<GlyphAtlas::Match> matches;
    for (int l = 0; l < data->CmdListsCount; ++l) {
        const ImDrawList& list = *data->CmdLists[l];
        const std::string window = list._OwnerName != nullptr ? list._OwnerName : "";
        std::vector<DrawnGlyph> seen;  // the window's glyphs that show, for the overlap check
        std::size_t order = 0;
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            if (cmd.UserCallback != nullptr || cmd.ElemCount == 0) continue;
            const std::vector<DrawnGlyph> glyphs = glyphs_of(list, cmd, atlas, matches, order);
            for (const DrawnGlyph& g : glyphs) {
                const ImVec4& c = cmd.ClipRect;
                if (g.quad.max.y > c.y && g.quad.min.y < c.w && g.quad.max.x > c.x && g.quad.min.x < c.z) seen.push_back(g);
            }
            const ImVec4& clip = cmd.ClipRect;
            for (std::size_t g = 0; g < glyphs.size(); ++g) {
                const GlyphQuad& q = glyphs[g].quad;
                // Out of sight above or below (scrolled away): not this check's business.
                if (q.max.y <= clip.y || q.min.y >= clip.w) continue;
                const char* how = nullptr;
                if (q.min.x < clip.x - kSlack) how = "cut at the left edge of its region";
                if (q.max.x > clip.z + kSlack) how = "cut at the right edge of its region";
                // ImGui trimmed it itself (a button's label, a field's text): sideways always
                // counts; at the top or bottom only when the cut is not the region's own edge
                // (a field half scrolled out of view is trimmed there too).
                const GlyphAtlas::Match& m = matches[g];
                const bool cut_top = m.trimmed_top && std::fabs(q.min.y - clip.y) > kSlack;
                const bool cut_bottom = m.trimmed_bottom && std::fabs(q.max.y - clip.w) > kSlack;
                if (m.trimmed_sideways) how = "trimmed at the side of its box";
                if (cut_top || cut_bottom) how = "trimmed at the top or bottom of its box";
                if (how == nullptr) continue;
                found.push_back({window, line_around(glyphs, glyphs[g]), how, q.min});
            }
        }
        find_overlaps(window, std::move(seen), found);
    }
    return found;
}

std::vector<ClippedText> clipped_items(const std::vector<ui::RegisteredItem>& items) {
    std::vector<ClippedText> found;
    for (const ui::RegisteredItem& item : items) {
        if (!item.visible || item.max.y <= item.clip_min.y || item.min.y >= item.clip_max.y) continue;
        if (item.max.x > item.clip_max.x + kSlack) {
            found.push_back({item.window, item.label, "runs past the right edge of its column or window", item.min});
        } else if (item.min.x < item.clip_min.x - kSlack) {
            found.push_back({item.window, item.label, "starts left of its column or window", item.min});
        }
        if (item.text_room >= 0.0F && item.text_width > item.text_room + kSlack) {
            std::ostringstream how;
            how << "words " << std::lround(item.text_width) << " px wide in " << std::lround(item.text_room)
                << " px of room";
            found.push_back({item.window, item.text.empty() ? item.label : item.text, how.str(), item.min});
        }
    }
    return found;
}

std::string describe(const std::vector<ClippedText>& found) {
    std::ostringstream out;
    for (const ClippedText& c : found) {
        out << "  [" << c.window << "] \"" << c.text << "\": " << c.how << " (at " << std::lround(c.at.x) << ","
            << std::lround(c.at.y) << ")\n";
    }
    return out.str();
}

}  // namespace kiosk::testing
