#include "samenwijs/content_loader.hpp"

#include <algorithm>
#include <cstring>

#include "samenwijs/content_json.hpp"
#include "samenwijs/text_fold.hpp"

namespace samenwijs {
namespace {

bool isValidId(const std::string& id) {
  if (id.empty() || id.size() > 80 || id.front() == '-' || id.back() == '-') return false;
  for (std::size_t i = 0; i < id.size(); ++i) {
    const char c = id[i];
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && id[i + 1] == '-')) return false;
  }
  return true;
}

bool endsWithQuestionMark(const std::string& text) {
  const auto last = text.find_last_not_of(" \t\r\n");
  return last != std::string::npos && text[last] == '?';
}

int toInt(std::optional<long long> value) { return value ? static_cast<int>(*value) : 0; }

}  // namespace

std::optional<Json> ContentLoader::parse(const std::string& file, std::string_view text, DeferredArrays* deferred) {
  auto json = parseJson(text, file, issues_, deferred);
  if (json && !json->is_object()) {
    issues_.add(file, "", "het bestand moet een JSON-object zijn ({ ... })");
    return std::nullopt;
  }
  return json;
}

std::uint32_t ContentLoader::fileIndex(std::string_view file) {
  // Ids and references come file by file: the last name is nearly always the one.
  for (std::size_t i = files_.size(); i-- > 0;) {
    if (files_[i] == file) return static_cast<std::uint32_t>(i);
  }
  files_.emplace_back(file);
  return static_cast<std::uint32_t>(files_.size() - 1);
}

ContentLoader::Located ContentLoader::locate(std::string_view id, const JsonReader& at, std::string_view sub) {
  Located l;
  l.id = static_cast<std::uint32_t>(located_.size());
  l.idSize = static_cast<std::uint32_t>(id.size());
  located_ += id;
  l.pointer = static_cast<std::uint32_t>(located_.size());
  located_ += at.pointer();
  located_ += sub;
  l.pointerSize = static_cast<std::uint32_t>(located_.size() - l.pointer);
  l.file = fileIndex(at.file());
  return l;
}

std::string ContentLoader::readId(JsonReader& r, const char* space) {
  std::string id = r.requiredString("id");
  if (id.empty()) return id;
  if (!isValidId(id)) {
    r.failAt("/id", "ongeldige id '" + id + "': gebruik kleine letters, cijfers en losse koppeltekens");
  }
  definitions_.push_back({space, locate(id, r, "/id")});
  return id;
}

void ContentLoader::refer(Reference::Kind kind, const std::string& id, const JsonReader& at,
                          const std::string& sub) {
  if (!id.empty()) references_.push_back({kind, locate(id, at, sub)});
}

Citation ContentLoader::readCitation(JsonReader r) {
  Citation c;
  if (!r.has("source") && r.value().is_null()) {
    r.fail("verplicht veld ontbreekt (bronvermelding)");
    return c;
  }
  if (!r.expectObject()) return c;
  r.allowOnly({"source", "section"});
  c.source = r.requiredString("source");
  c.section = r.requiredString("section");
  refer(Reference::Kind::Source, c.source, r, "/source");
  return c;
}

std::vector<Citation> ContentLoader::readCitations(JsonReader& r, const char* key) {
  std::vector<Citation> out;
  const std::size_t n = r.forEach(key, true, [&](JsonReader& c) { out.push_back(readCitation(c)); });
  if (n == 0 && r.has(key) && r.value().at(key).is_array()) r.failAt(std::string("/") + key, "noem minstens één bron");
  return out;
}

// ---- sources, themes, tags -------------------------------------------------------------

void ContentLoader::readSourceList(JsonReader& r) {
  sawSources_ = true;
  r.forEach("sources", true, [&](JsonReader& s) {
    if (!s.expectObject()) return;
    s.allowOnly({"id", "kind", "origin", "title", "publisher", "year", "seed", "url", "description"});
    Source src;
    src.id = readId(s, "bronnen");
    src.kind = s.requiredString("kind");
    if (!src.kind.empty() && src.kind != "document" && src.kind != "framework") {
      s.failAt("/kind", "moet 'document' of 'framework' zijn");
    }
    src.origin = s.optionalString("origin");
    if (!src.origin.empty() && src.origin != "seed" && src.origin != "outside") {
      s.failAt("/origin", "moet 'seed' (brondocument van het project) of 'outside' (bron van buiten) zijn");
    }
    src.title = s.requiredString("title");
    src.publisher = s.requiredString("publisher");
    if (auto y = s.optionalInt("year", 1900, 2100)) src.year = static_cast<int>(*y);
    src.seed = s.optionalString("seed");
    src.url = s.optionalString("url");
    if (!src.url.empty() && src.url.rfind("https://", 0) != 0) s.failAt("/url", "een link moet met https:// beginnen");
    src.description = s.requiredString("description");
    content_.sources.push_back(std::move(src));
  });
}

void ContentLoader::readThemeLists(JsonReader& r) {
  sawThemes_ = true;
  auto readList = [&](const char* key, std::vector<Theme>& into) {
    r.forEach(key, true, [&](JsonReader& t) {
      if (!t.expectObject()) return;
      t.allowOnly({"id", "title", "description"});
      Theme theme;
      theme.id = readId(t, "thema's");
      theme.title = t.requiredString("title");
      theme.description = t.requiredString("description");
      into.push_back(std::move(theme));
    });
  };
  readList("themes", content_.themes);
  readList("policyThemes", content_.policyThemes);
}

void ContentLoader::readTagList(JsonReader& r) {
  sawTags_ = true;
  r.forEach("tags", true, [&](JsonReader& t) {
    if (!t.expectObject()) return;
    t.allowOnly({"id", "title"});
    Tag tag;
    tag.id = readId(t, "tags");
    tag.title = t.requiredString("title");
    content_.tags.push_back(std::move(tag));
  });
}

void ContentLoader::addSources(const std::string& file, const std::string& text) {
  if (auto json = parse(file, text)) {
    JsonReader r(*json, file, "", issues_);
    r.allowOnly({"sources"});
    readSourceList(r);
  }
}

void ContentLoader::addThemes(const std::string& file, const std::string& text) {
  if (auto json = parse(file, text)) {
    JsonReader r(*json, file, "", issues_);
    r.allowOnly({"themes", "policyThemes"});
    readThemeLists(r);
  }
}

void ContentLoader::addTags(const std::string& file, const std::string& text) {
  if (auto json = parse(file, text)) {
    JsonReader r(*json, file, "", issues_);
    r.allowOnly({"tags"});
    readTagList(r);
  }
}

// ---- guides ----------------------------------------------------------------------------

ReadingTip ContentLoader::readReadingTip(JsonReader& r) {
  ReadingTip tip;
  if (!r.expectObject()) return tip;
  r.allowOnly({"id", "title", "publisher", "year", "url", "where", "description", "source"});
  tip.id = readId(r, "gespreksstarters");
  tip.title = r.requiredString("title");
  tip.publisher = r.requiredString("publisher");
  if (auto y = r.optionalInt("year", 1900, 2100)) tip.year = static_cast<int>(*y);
  tip.url = r.optionalString("url");
  if (!tip.url.empty() && (tip.url.rfind("https://", 0) != 0 || tip.url.find(' ') != std::string::npos)) {
    r.failAt("/url", "een link moet met https:// beginnen en mag geen spaties bevatten");
  }
  tip.where = r.optionalString("where");
  tip.description = r.requiredString("description");
  tip.source = readCitation(r.child("source"));
  return tip;
}

Topic ContentLoader::readTopic(JsonReader& r) {
  Topic topic;
  if (!r.expectObject()) return topic;
  r.allowOnly({"id", "number", "title", "text", "policyThemes", "tags", "questions", "source"});
  topic.id = readId(r, "gespreksstarters");
  topic.number = r.requiredString("number");
  topic.title = r.requiredString("title");
  topic.text = r.requiredString("text");
  topic.policyThemes = r.stringArray("policyThemes", false);
  for (std::size_t i = 0; i < topic.policyThemes.size(); ++i) {
    refer(Reference::Kind::PolicyTheme, topic.policyThemes[i], r, "/policyThemes/" + std::to_string(i));
  }
  topic.tags = r.stringArray("tags", true);
  if (topic.tags.empty() && r.has("tags") && r.value().at("tags").is_array()) r.failAt("/tags", "geef minstens één tag");
  for (std::size_t i = 0; i < topic.tags.size(); ++i) {
    refer(Reference::Kind::Tag, topic.tags[i], r, "/tags/" + std::to_string(i));
  }
  const std::size_t count = r.forEach("questions", true, [&](JsonReader& q) {
    if (!q.expectObject()) return;
    q.allowOnly({"id", "text"});
    Question question;
    question.id = readId(q, "gespreksstarters");
    question.text = q.requiredString("text");
    if (!question.text.empty() && !endsWithQuestionMark(question.text)) {
      q.failAt("/text", "een gespreksvraag eindigt met een vraagteken");
    }
    topic.questions.push_back(std::move(question));
  });
  if (r.has("questions") && r.value().at("questions").is_array() && (count < 2 || count > 5)) {
    r.failAt("/questions", "een onderwerp heeft 2 tot 5 gespreksvragen, gevonden: " + std::to_string(count));
  }
  topic.source = readCitation(r.child("source"));
  return topic;
}

MainQuestion ContentLoader::readMainQuestion(JsonReader& r) {
  MainQuestion mq;
  if (!r.expectObject()) return mq;
  r.allowOnly({"id", "number", "theme", "title", "question", "intro", "source", "topics", "readingTips"});
  mq.id = readId(r, "gespreksstarters");
  mq.number = r.requiredString("number");
  mq.theme = r.requiredString("theme");
  refer(Reference::Kind::Theme, mq.theme, r, "/theme");
  mq.title = r.requiredString("title");
  mq.question = r.requiredString("question");
  if (!mq.question.empty() && !endsWithQuestionMark(mq.question)) {
    r.failAt("/question", "een hoofdvraag eindigt met een vraagteken");
  }
  mq.intro = r.requiredString("intro");
  mq.source = readCitation(r.child("source"));
  const std::size_t topics = r.forEach("topics", true, [&](JsonReader& t) { mq.topics.push_back(readTopic(t)); });
  if (topics == 0 && r.has("topics") && r.value().at("topics").is_array()) r.failAt("/topics", "een hoofdvraag heeft minstens één onderwerp");
  r.forEach("readingTips", false, [&](JsonReader& t) { mq.readingTips.push_back(readReadingTip(t)); });
  return mq;
}

Guide ContentLoader::readGuide(JsonReader& r) {
  Guide guide;
  if (!r.expectObject()) return guide;
  r.allowOnly({"id", "kind", "register", "title", "order", "summary", "role", "sources", "mainQuestions"});
  guide.id = readId(r, "gespreksstarters");
  guide.audienceRegister = r.optionalString("register");
  if (!guide.audienceRegister.empty() && guide.audienceRegister != "u" && guide.audienceRegister != "je") {
    r.failAt("/register", "moet 'u' (bestuurder) of 'je' (iedereen anders) zijn");
  }
  guide.kind = r.requiredString("kind");
  if (!guide.kind.empty() && guide.kind != "figure" && guide.kind != "subject") {
    r.failAt("/kind", "moet 'figure' (sleutelfiguur) of 'subject' (onderwerp) zijn");
  }
  guide.title = r.requiredString("title");
  guide.order = toInt(r.requiredInt("order", 1, 1000));
  guide.summary = r.requiredString("summary");
  guide.role = r.stringArray("role", true);
  if (guide.role.empty() && r.has("role") && r.value().at("role").is_array()) r.failAt("/role", "beschrijf de rol in minstens één alinea");
  guide.sources = readCitations(r, "sources");
  const std::size_t n =
      r.forEach("mainQuestions", true, [&](JsonReader& m) { guide.mainQuestions.push_back(readMainQuestion(m)); });
  if (n == 0 && r.has("mainQuestions") && r.value().at("mainQuestions").is_array()) r.failAt("/mainQuestions", "een gids heeft minstens één hoofdvraag");
  return guide;
}

void ContentLoader::addGuide(const std::string& file, const std::string& text) {
  if (auto json = parse(file, text)) {
    JsonReader r(*json, file, "", issues_);
    content_.guides.push_back(readGuide(r));
  }
}

// ---- frameworks ------------------------------------------------------------------------

Competence ContentLoader::readCompetence(JsonReader& r, const Framework& fw) {
  Competence c;
  if (!r.expectObject()) return c;
  r.allowOnly({"id", "title", "description", "tags", "source", "items"});
  c.id = readId(r, "zelfscans");
  c.title = r.requiredString("title");
  c.description = r.requiredString("description");
  c.tags = r.stringArray("tags", true);
  if (c.tags.empty() && r.has("tags") && r.value().at("tags").is_array()) r.failAt("/tags", "geef minstens één tag");
  for (std::size_t i = 0; i < c.tags.size(); ++i) refer(Reference::Kind::Tag, c.tags[i], r, "/tags/" + std::to_string(i));
  c.source = readCitation(r.child("source"));
  const std::size_t items = r.forEach("items", true, [&](JsonReader& it) {
    Item item;
    if (!it.expectObject()) return;
    it.allowOnly({"id", "text", "levels", "source"});
    item.id = readId(it, "zelfscans");
    item.text = it.requiredString("text");
    if (it.has("source")) item.source = readCitation(it.child("source"));
    item.levels = it.stringArray("levels", true);
    if (it.has("levels") && item.levels.size() != fw.levels.size()) {
      it.failAt("/levels", "geef precies één omschrijving per niveau (" + std::to_string(fw.levels.size()) +
                               "), gevonden: " + std::to_string(item.levels.size()));
    }
    for (std::size_t i = 0; i < item.levels.size(); ++i) {
      if (item.levels[i].find_first_not_of(" \t\r\n") == std::string::npos) {
        it.failAt("/levels/" + std::to_string(i), "mag niet leeg zijn");
      }
    }
    c.items.push_back(std::move(item));
  });
  if (r.has("items") && r.value().at("items").is_array() && static_cast<int>(items) < std::max(1, fw.minimumAnswered)) {
    r.failAt("/items", "een competentie heeft minstens " + std::to_string(std::max(1, fw.minimumAnswered)) +
                           " uitspraken nodig (minimumAnswered)");
  }
  return c;
}

Domain ContentLoader::readDomain(JsonReader& r, const Framework& fw) {
  Domain d;
  if (!r.expectObject()) return d;
  r.allowOnly({"id", "code", "title", "description", "competences"});
  d.id = readId(r, "zelfscans");
  d.code = r.requiredString("code");
  d.title = r.requiredString("title");
  d.description = r.requiredString("description");
  const std::size_t n = r.forEach("competences", true, [&](JsonReader& c) { d.competences.push_back(readCompetence(c, fw)); });
  if (n == 0 && r.has("competences") && r.value().at("competences").is_array()) r.failAt("/competences", "een domein heeft minstens één competentie");
  return d;
}

Framework ContentLoader::readFramework(JsonReader& r) {
  Framework fw;
  if (!r.expectObject()) return fw;
  r.allowOnly({"id", "version", "title", "audience", "summary", "description", "estimatedMinutes", "notes",
               "sources", "scale", "minimumAnswered", "domains", "versions", "retiredItems"});
  fw.id = readId(r, "zelfscans");
  fw.version = toInt(r.requiredInt("version", 1, 255));
  fw.title = r.requiredString("title");
  fw.audience = r.requiredString("audience");
  fw.summary = r.requiredString("summary");
  fw.description = r.stringArray("description", true);
  fw.estimatedMinutes = toInt(r.requiredInt("estimatedMinutes", 1, 180));
  fw.notes = r.requiredString("notes");
  fw.sources = readCitations(r, "sources");
  fw.minimumAnswered = toInt(r.requiredInt("minimumAnswered", 1, 20));

  JsonReader scale = r.child("scale");
  if (!r.has("scale")) {
    r.failAt("/scale", "verplicht veld ontbreekt");
  } else if (scale.expectObject()) {
    scale.allowOnly({"levels", "notApplicable"});
    scale.forEach("levels", true, [&](JsonReader& l) {
      if (!l.expectObject()) return;
      l.allowOnly({"value", "label", "description"});
      ScaleLevel level;
      level.value = toInt(l.requiredInt("value", 1, 6));
      level.label = l.requiredString("label");
      level.description = l.requiredString("description");
      if (level.value != static_cast<int>(fw.levels.size()) + 1) {
        l.failAt("/value", "niveaus lopen op van 1 tot en met 6, in volgorde");
      }
      fw.levels.push_back(std::move(level));
    });
    if (scale.has("levels") && fw.levels.size() != 6) scale.failAt("/levels", "een schaal heeft precies 6 niveaus");
    fw.notApplicable = scale.requiredString("notApplicable");
  }
  const std::size_t n = r.forEach("domains", true, [&](JsonReader& d) { fw.domains.push_back(readDomain(d, fw)); });
  if (n == 0 && r.has("domains") && r.value().at("domains").is_array()) r.failAt("/domains", "een raamwerk heeft minstens één domein");
  readFrameworkVersions(r, fw);
  return fw;
}

void ContentLoader::addFramework(const std::string& file, const std::string& text) {
  if (auto json = parse(file, text)) {
    JsonReader r(*json, file, "", issues_);
    content_.frameworks.push_back(readFramework(r));
  }
}

// ---- guided start ----------------------------------------------------------------------

void ContentLoader::referAll(Reference::Kind kind, const std::vector<std::string>& ids, const JsonReader& at,
                             const std::string& key) {
  for (std::size_t i = 0; i < ids.size(); ++i) refer(kind, ids[i], at, "/" + key + "/" + std::to_string(i));
}

void ContentLoader::readGuidedStart(JsonReader& r) {
  if (!r.expectObject()) return;
  r.allowOnly({"intro", "roles", "concerns"});
  GuidedStart& start = content_.guidedStart;
  start.intro = r.requiredString("intro");
  r.forEach("roles", true, [&](JsonReader& role) {
    if (!role.expectObject()) return;
    role.allowOnly({"guide", "label"});
    StartRole sr{role.requiredString("guide"), role.requiredString("label")};
    refer(Reference::Kind::Guide, sr.guide, role, "/guide");
    start.roles.push_back(std::move(sr));
  });
  r.forEach("concerns", true, [&](JsonReader& c) {
    if (!c.expectObject()) return;
    c.allowOnly({"id", "label", "themes", "tags", "policyThemes", "guides", "tools"});
    StartConcern concern;
    concern.id = readId(c, "waar-begin-ik");
    concern.label = c.requiredString("label");
    concern.themes = c.stringArray("themes", true);
    concern.tags = c.stringArray("tags", true);
    concern.policyThemes = c.stringArray("policyThemes", true);
    referAll(Reference::Kind::Theme, concern.themes, c, "themes");
    referAll(Reference::Kind::Tag, concern.tags, c, "tags");
    referAll(Reference::Kind::PolicyTheme, concern.policyThemes, c, "policyThemes");
    concern.guides = c.stringArray("guides", false);
    referAll(Reference::Kind::Guide, concern.guides, c, "guides");
    concern.tools = c.stringArray("tools", false);
    for (std::size_t i = 0; i < concern.tools.size(); ++i) {
      static const char* const kTools[] = {"netwerkcheck", "zelfscan", "teamoverzicht", "begrippen"};
      if (std::find(std::begin(kTools), std::end(kTools), concern.tools[i]) == std::end(kTools)) {
        c.failAt("/tools/" + std::to_string(i), "onbekend hulpmiddel '" + concern.tools[i] +
                                                    "': kies netwerkcheck, zelfscan, teamoverzicht of begrippen");
      }
    }
    if (concern.themes.empty() && concern.tags.empty() && concern.policyThemes.empty()) {
      c.fail("een zorg verwijst naar minstens één thema, tag of beleidsthema");
    }
    start.concerns.push_back(std::move(concern));
  });
}

void ContentLoader::addGuidedStart(const std::string& file, const std::string& text) {
  if (auto json = parse(file, text)) {
    JsonReader r(*json, file, "", issues_);
    readGuidedStart(r);
  }
}

// ---- glossary ("Begrippen") ------------------------------------------------------------

void ContentLoader::readGlossary(JsonReader& r) {
  if (!r.expectObject()) return;
  r.allowOnly({"terms"});
  r.forEach("terms", true, [&](JsonReader& t) {
    if (!t.expectObject()) return;
    t.allowOnly({"id", "term", "aliases", "definition", "source"});
    GlossaryTerm term;
    term.id = readId(t, "begrippen");
    term.term = t.requiredString("term");
    term.aliases = t.stringArray("aliases", false);
    term.definition = t.requiredString("definition");
    term.source = readCitation(t.child("source"));
    content_.glossary.push_back(std::move(term));
  });
}

void ContentLoader::addGlossary(const std::string& file, const std::string& text) {
  if (auto json = parse(file, text)) {
    JsonReader r(*json, file, "", issues_);
    readGlossary(r);
  }
}

// ---- editorial rules (build time only) -------------------------------------------------

void ContentLoader::addEditorialRules(const std::string& file, const std::string& text) {
  auto json = parse(file, text);
  if (!json) return;
  JsonReader r(*json, file, "", issues_);
  r.allowOnly({"registers", "nearDuplicates"});
  editorial_.loaded = true;
  r.forEach("registers", true, [&](JsonReader& reg) {
    if (!reg.expectObject()) return;
    reg.allowOnly({"id", "forbidden"});
    RegisterRule rule{reg.requiredString("id"), reg.stringArray("forbidden", true)};
    for (auto& word : rule.forbidden) word = foldText(word);
    editorial_.registers.push_back(std::move(rule));
  });
  JsonReader dup = r.child("nearDuplicates");
  if (!r.has("nearDuplicates")) {
    r.failAt("/nearDuplicates", "verplicht veld ontbreekt");
  } else if (dup.expectObject()) {
    dup.allowOnly({"thresholdPercent", "allowed"});
    editorial_.duplicateThresholdPercent = toInt(dup.requiredInt("thresholdPercent", 50, 100));
    dup.forEach("allowed", false, [&](JsonReader& a) {
      if (!a.expectObject()) return;
      a.allowOnly({"questions", "reason"});
      AllowedRepeat repeat{a.stringArray("questions", true), a.requiredString("reason")};
      if (a.has("questions") && repeat.questions.size() < 2) a.failAt("/questions", "noem minstens twee gespreksvragen");
      editorial_.allowedRepeats.push_back(std::move(repeat));
    });
  }
}

void ContentLoader::runEditorialChecks() {
  // Where each id of the guidance and the sources is defined, for messages with file and pointer.
  ContentLocations where;
  for (const auto& [space, def] : definitions_) {
    std::string pointer(pointerOf(def));
    if (pointer.size() >= 3 && pointer.compare(pointer.size() - 3, 3, "/id") == 0) pointer.resize(pointer.size() - 3);
    where.emplace(std::string(idOf(def)), std::make_pair(files_[def.file], pointer));
  }
  checkSourceFields(content_, where, issues_);
  checkRegisters(content_, editorial_, where, issues_);
  checkNearDuplicates(content_, editorial_, where, issues_);
}

// ---- bundle ----------------------------------------------------------------------------

void ContentLoader::addBundle(const std::string& file, std::string_view text) {
  // The guides and frameworks (80% of the bundle) stay text in the first parse; each is
  // parsed, read and freed in turn (issue 15). The bundle is checked as JSON as a whole
  // all the same, and the readers and their messages are the same as for one DOM: only
  // the DOM of the whole bundle never exists at once, so a first load in a fresh module
  // touches about a megabyte less memory (each fresh page costs a page fault).
  DeferredArrays deferred;
  deferred.keys = {"guides", "frameworks"};
  auto json = parse(file, text, &deferred);
  if (!json) return;
  // The ids and pointers of the whole content take about a third of the bundle's size:
  // one reservation instead of a series of copies (pages not written cost nothing).
  located_.reserve(located_.size() + text.size() / 2);
  JsonReader r(*json, file, "", issues_);
  r.allowOnly({"sources", "themes", "policyThemes", "tags", "guides", "frameworks", "guidedStart", "glossary", "network",
               "synonyms", "partial", "guideIndex"});
  // A bundle marked "partial" (the parts a page needs, issue 15) may leave out the guides
  // (or all but some, with the guidance index naming every guide), the frameworks and
  // the network check; a whole bundle must have them all.
  if (r.has("partial")) partial_ = r.value().at("partial").is_boolean() && r.value().at("partial").get<bool>();
  for (const char* key : {"sources", "themes", "policyThemes", "tags", "guides", "frameworks", "guidedStart", "glossary",
                          "network", "synonyms", "partial", "guideIndex"}) {
    if (r.has(key)) keys_.emplace_back(key);
  }
  // A step adds parts to content that has the base lists already (checkParts refuses a
  // step that repeats them).
  if (!stepping_) {
    readSourceList(r);
    readThemeLists(r);
    readTagList(r);
  }
  sawGuides_ = sawGuides_ || r.has("guides");
  sawFrameworks_ = sawFrameworks_ || r.has("frameworks");
  // r.forEach(key, ...), for a member that may have been deferred.
  auto forEachOf = [&](std::size_t k, bool required, FunctionRef<void(JsonReader&)> read) {
    const char* key = deferred.keys[k];
    if (!deferred.deferred[k]) {
      r.forEach(key, required, read);
      return;
    }
    const std::string at = "/" + escapePointerToken(key) + "/";
    std::size_t i = 0;
    for (std::string_view element : deferred.elements[k]) {
      const Json value = parseJsonText(element);  // it parses: the first pass checked it
      JsonReader reader(value, file, at + std::to_string(i++), issues_);
      read(reader);
    }
  };
  forEachOf(0, !partial_, [&](JsonReader& g) { content_.guides.push_back(readGuide(g)); });
  forEachOf(1, !partial_, [&](JsonReader& f) { content_.frameworks.push_back(readFramework(f)); });
  if (r.has("guideIndex")) readGuideIndex(r);
  if (r.has("guidedStart")) {
    JsonReader start = r.child("guidedStart");
    readGuidedStart(start);
  }
  if (r.has("glossary")) {
    JsonReader glossary = r.child("glossary");
    readGlossary(glossary);
  }
  if (r.has("network")) {
    JsonReader net = r.child("network");
    if (net.expectObject()) {
      net.allowOnly({"readiness", "kinds", "map", "plan"});
      JsonReader readiness = net.child("readiness"), kinds = net.child("kinds"), map = net.child("map"), plan = net.child("plan");
      readNetworkReadiness(readiness);
      readNetworkKinds(kinds);
      readNetworkMap(map);
      readNetworkPlan(plan);
      networkParts_ += 4;
    }
  }
  if (r.has("synonyms")) {
    JsonReader synonyms = r.child("synonyms");
    readSynonyms(synonyms);
  }
}

// ---- cross-file checks -----------------------------------------------------------------

std::optional<Content> ContentLoader::finish() {
  if (!sawSources_) issues_.add("sources.json", "", "de lijst met bronnen ontbreekt");
  if (!sawThemes_) issues_.add("themes.json", "", "de lijst met thema's ontbreekt");
  if (!sawTags_) issues_.add("tags.json", "", "de lijst met tags ontbreekt");
  if (networkParts_ != 0 && networkParts_ != 4) {
    issues_.add("network/", "", "de netwerkcheck heeft alle vier bestanden nodig: readiness, kinds, map en plan");
  }
  content_.network.loaded = networkParts_ == 4;
  addIndexOnlyGuides();
  checkIdsAndReferences(nullptr);

  // Only on content that is otherwise valid: the checks assume every reference resolves.
  if (issues_.empty() && editorial_.loaded) runEditorialChecks();

  if (!issues_.empty()) return std::nullopt;
  std::sort(content_.glossary.begin(), content_.glossary.end(),
            [](const GlossaryTerm& a, const GlossaryTerm& b) { return foldText(a.term) < foldText(b.term); });
  std::stable_sort(content_.guides.begin(), content_.guides.end(), [](const Guide& a, const Guide& b) {
    return a.order != b.order ? a.order < b.order : a.id < b.id;
  });
  std::sort(content_.frameworks.begin(), content_.frameworks.end(),
            [](const Framework& a, const Framework& b) { return a.id < b.id; });
  finished_ = true;
  return std::move(content_);  // finish() ends the loader's work: no copy of all the text
}

void ContentLoader::checkIdsAndReferences(const Content* earlier) {
  // Ids defined twice in one namespace, each reported in reading order against the first
  // definition. Indices sorted by (namespace, id), equal ones in reading order: no map of
  // copied ids, so a load writes less fresh memory (issue 15).
  std::vector<std::size_t> order(definitions_.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  const auto sameKey = [&](std::size_t a, std::size_t b) {
    return std::strcmp(definitions_[a].first, definitions_[b].first) == 0 && idOf(definitions_[a].second) == idOf(definitions_[b].second);
  };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const int space = std::strcmp(definitions_[a].first, definitions_[b].first);
    return space != 0 ? space < 0 : idOf(definitions_[a].second) < idOf(definitions_[b].second);
  });
  std::vector<std::pair<std::size_t, std::size_t>> repeats;  // a definition, the first of its id
  for (std::size_t i = 1, first = 0; i < order.size(); ++i) {
    if (sameKey(order[i], order[i - 1])) {
      repeats.emplace_back(order[i], order[first]);
    } else {
      first = i;
    }
  }
  std::sort(repeats.begin(), repeats.end());
  for (const auto& [repeat, first] : repeats) {
    const Located& def = definitions_[repeat].second;
    const Located& earliest = definitions_[first].second;
    issues_.add(files_[def.file], std::string(pointerOf(def)),
                "id '" + std::string(idOf(def)) + "' komt al voor in " + files_[earliest.file] + " op " + std::string(pointerOf(earliest)));
  }

  // The ids of the content read now and, for a step, of the content loaded before.
  std::vector<const Content*> contents{&content_};
  if (earlier) contents.push_back(earlier);
  auto idsOf = [&](auto list) {
    std::vector<std::string> ids;
    for (const Content* c : contents) {
      for (const auto& x : (*c).*list) ids.push_back(x.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
  };
  const auto sources = idsOf(&Content::sources), themes = idsOf(&Content::themes),
             policy = idsOf(&Content::policyThemes), tags = idsOf(&Content::tags);
  auto guides = idsOf(&Content::guides);
  // A step that brings the guidance index: its entries are guides too (at once,
  // addIndexOnlyGuides has put those without text into content_.guides already).
  if (earlier) {
    for (const auto& entry : guideIndex_) guides.push_back(entry.id);
    std::sort(guides.begin(), guides.end());
  }
  std::vector<std::string> netGroups, netGoals, netParticipants;
  for (const Content* c : contents) {
    for (const auto& g : c->network.groups) netGroups.push_back(g.first);
    for (const auto& g : c->network.goals) netGoals.push_back(g.id);
    for (const auto& p : c->network.participants) netParticipants.push_back(p.first);
  }
  for (auto* list : {&netGroups, &netGoals, &netParticipants}) std::sort(list->begin(), list->end());
  const bool guideIndexKnown = earlier ? (sawGuideIndex_ || sawGuides_) : content_.parts.guideIndex;
  for (const auto& ref : references_) {
    const std::vector<std::string>* known = nullptr;
    const char* what = "";
    switch (ref.kind) {
      case Reference::Kind::Source: known = &sources; what = "bron (sources.json)"; break;
      case Reference::Kind::Theme: known = &themes; what = "thema (themes.json)"; break;
      case Reference::Kind::PolicyTheme: known = &policy; what = "beleidsthema (themes.json)"; break;
      case Reference::Kind::Tag: known = &tags; what = "tag (tags.json)"; break;
      case Reference::Kind::Guide: known = &guides; what = "gids (guides/)"; break;
      case Reference::Kind::NetworkGroup: known = &netGroups; what = "groep (network/readiness.json)"; break;
      case Reference::Kind::NetworkGoal: known = &netGoals; what = "doel (network/kinds.json)"; break;
      case Reference::Kind::NetworkParticipant: known = &netParticipants; what = "deelnemersgroep (network/kinds.json)"; break;
    }
    // A partial bundle without any guide: references to guides point into a part not loaded.
    if (ref.kind == Reference::Kind::Guide && !guideIndexKnown) continue;
    if (!std::binary_search(known->begin(), known->end(), idOf(ref.at))) {
      issues_.add(files_[ref.at.file], std::string(pointerOf(ref.at)),
                  "verwijst naar onbekende " + std::string(what) + " '" + std::string(idOf(ref.at)) + "'");
    }
  }
}

std::string toBundleJson(const Content& content) {
  Json guides = Json::array(), frameworks = Json::array(), sources = Json::array(), themes = Json::array(),
       policy = Json::array(), tags = Json::array();
  for (const auto& s : content.sources) sources.push_back(toJson(s));
  for (const auto& t : content.themes) themes.push_back(toJson(t));
  for (const auto& t : content.policyThemes) policy.push_back(toJson(t));
  for (const auto& t : content.tags) tags.push_back(toJson(t));
  for (const auto& g : content.guides) {
    if (!g.indexOnly) guides.push_back(toJson(g));
  }
  for (const auto& f : content.frameworks) frameworks.push_back(toJson(f));
  Json bundle = {{"sources", sources}, {"themes", themes}, {"policyThemes", policy},
                 {"tags", tags}, {"guides", guides}, {"frameworks", frameworks}};
  if (!content.guidedStart.roles.empty()) bundle["guidedStart"] = toJson(content.guidedStart);
  if (!content.glossary.empty()) {
    Json terms = Json::array();
    for (const auto& t : content.glossary) terms.push_back(toJson(t));
    bundle["glossary"] = {{"terms", terms}};
  }
  if (content.network.loaded) {
    bundle["network"] = {{"readiness", content.network.readinessJson}, {"kinds", content.network.kindsJson},
                         {"map", content.network.mapJson}, {"plan", content.network.planJson}};
  }
  if (!content.synonyms.empty()) bundle["synonyms"] = synonymsToJson(content.synonyms);
  return dumpJson(bundle);
}

}  // namespace samenwijs
