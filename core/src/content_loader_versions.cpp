// Framework versions: the item order of every published version, so that result codes,
// saved progress and history of an earlier version keep decoding after items are added.
// The rules (content/SCHEMA.md): versions run 1..version; the last one is the current item
// order exactly (an order once published never changes); every item of an earlier version
// still exists or is retired with a reason; an item added after version 1 cites a source.
#include <algorithm>
#include <set>

#include "samenwijs/content_loader.hpp"

namespace samenwijs {

namespace {
constexpr std::size_t kMaxVersionItems = 255;  // what the count byte of a result code holds

struct Placed {
  std::string id, pointer;  // pointer relative to the framework
  const Item* item = nullptr;
};

std::vector<Placed> currentItems(const Framework& fw) {
  std::vector<Placed> out;
  for (std::size_t d = 0; d < fw.domains.size(); ++d)
    for (std::size_t c = 0; c < fw.domains[d].competences.size(); ++c)
      for (std::size_t i = 0; i < fw.domains[d].competences[c].items.size(); ++i) {
        const Item& item = fw.domains[d].competences[c].items[i];
        out.push_back({item.id,
                       "/domains/" + std::to_string(d) + "/competences/" + std::to_string(c) + "/items/" + std::to_string(i),
                       &item});
      }
  return out;
}
}  // namespace

void ContentLoader::readFrameworkVersions(JsonReader& r, Framework& fw) {
  r.forEach("versions", false, [&](JsonReader& v) {
    if (!v.expectObject()) return;
    v.allowOnly({"version", "items"});
    FrameworkVersion fv;
    fv.version = static_cast<int>(v.requiredInt("version", 1, 255).value_or(0));
    fv.items = v.stringArray("items", true);
    const int expected = static_cast<int>(fw.versions.size()) + 1;
    if (fv.version != 0 && fv.version != expected) {
      v.failAt("/version", "de versies lopen op van 1 tot en met de huidige versie, zonder gaten: hier hoort versie " +
                               std::to_string(expected));
    }
    if (v.has("items") && v.value().at("items").is_array() && fv.items.empty()) v.failAt("/items", "een versie heeft minstens één uitspraak");
    if (fv.items.size() > kMaxVersionItems) v.failAt("/items", "hoogstens 255 uitspraken: meer past niet in een resultaatcode");
    std::set<std::string> seen;
    for (std::size_t i = 0; i < fv.items.size(); ++i) {
      if (!seen.insert(fv.items[i]).second) {
        v.failAt("/items/" + std::to_string(i), "'" + fv.items[i] + "' staat twee keer in versie " + std::to_string(expected));
      }
    }
    fw.versions.push_back(std::move(fv));
  });
  r.forEach("retiredItems", false, [&](JsonReader& t) {
    if (!t.expectObject()) return;
    t.allowOnly({"id", "reason"});
    fw.retiredItems.push_back({t.requiredString("id"), t.requiredString("reason")});
  });
  if (fw.version <= 0) return;  // already reported

  const std::vector<Placed> current = currentItems(fw);
  std::set<std::string> currentIds;
  for (const auto& p : current) currentIds.insert(p.id);
  std::set<std::string> retired;
  for (const auto& t : fw.retiredItems) retired.insert(t.id);

  if (fw.versions.empty()) {
    if (fw.version > 1) {
      r.failAt("/versions", "verplicht vanaf versie 2: geef voor elke versie de uitspraken in volgorde, zodat resultaatcodes "
                            "van eerdere versies leesbaar blijven");
    }
  } else {
    const std::size_t last = fw.versions.size() - 1;
    const FrameworkVersion& now = fw.versions[last];
    const std::string at = "/versions/" + std::to_string(last);
    if (now.version != fw.version) {
      r.failAt(at + "/version", "de laatste versie in 'versions' is de huidige versie (" + std::to_string(fw.version) +
                                    "), gevonden: " + std::to_string(now.version));
    } else {
      // The current order is fixed: it is what result codes of this version hold.
      std::size_t p = 0;
      while (p < now.items.size() && p < current.size() && now.items[p] == current[p].id) ++p;
      const std::string v = "versie " + std::to_string(fw.version);
      if (p < now.items.size() && p < current.size()) {
        r.failAt(at + "/items/" + std::to_string(p),
                 "de volgorde van " + v + " ligt vast: hier staat '" + now.items[p] + "', maar in de competenties staat op deze plaats '" +
                     current[p].id + "'. Zet de uitspraken terug in deze volgorde, of verhoog 'version' en voeg de nieuwe volgorde toe als nieuwe versie");
      } else if (p < current.size()) {
        r.failAt(current[p].pointer, "uitspraak '" + current[p].id + "' staat niet in " + v +
                                         " ('versions'): een nieuwe uitspraak komt in een nieuwe versie (verhoog 'version')");
      } else if (p < now.items.size()) {
        r.failAt(at + "/items/" + std::to_string(p), "'" + now.items[p] + "' staat in " + v +
                                                         " maar niet in de competenties: een weggehaalde uitspraak komt in 'retiredItems' en in een nieuwe versie");
      }
    }
    // Every item of an earlier version still exists or is retired on purpose.
    for (std::size_t k = 0; k < last; ++k) {
      for (std::size_t i = 0; i < fw.versions[k].items.size(); ++i) {
        const std::string& id = fw.versions[k].items[i];
        if (!currentIds.count(id) && !retired.count(id)) {
          r.failAt("/versions/" + std::to_string(k) + "/items/" + std::to_string(i),
                   "uitspraak '" + id + "' van versie " + std::to_string(fw.versions[k].version) +
                       " bestaat niet meer: zet hem terug, of noem hem in 'retiredItems' met een reden");
        }
      }
    }
    // An item added after version 1 names its own source.
    const auto& first = fw.versions.front().items;
    for (const auto& p : current) {
      if (!p.item->source && std::find(first.begin(), first.end(), p.id) == first.end()) {
        r.failAt(p.pointer + "/source", "een uitspraak die na versie 1 is toegevoegd, noemt zijn eigen bron");
      }
    }
  }
  for (std::size_t k = 0; k < fw.retiredItems.size(); ++k) {
    const std::string& id = fw.retiredItems[k].id;
    const bool earlier = std::any_of(fw.versions.begin(), fw.versions.end(), [&](const FrameworkVersion& v) {
      return std::find(v.items.begin(), v.items.end(), id) != v.items.end();
    });
    if (currentIds.count(id)) {
      r.failAt("/retiredItems/" + std::to_string(k) + "/id", "'" + id + "' is nog een uitspraak van deze zelfscan; hier horen alleen weggehaalde uitspraken");
    } else if (!earlier) {
      r.failAt("/retiredItems/" + std::to_string(k) + "/id", "'" + id + "' komt in geen eerdere versie voor");
    }
  }
}

}  // namespace samenwijs
