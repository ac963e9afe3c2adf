// phrasebook search (search.js): the matcher of a Korean term.
// - Korean: the term as a substring; a trailing particle or ending dropped (불만을 → 불만); a verb as said also in
//   its other forms (돼요 → 안 됨, 끊어요 → 끊는, 몰라요 → 모르겠어요); a consonant jamo
//   matches any syllable it begins (ㅎ → 해, ㅎㅍㅋ → 해피콜); a last syllable still being typed matches its
//   completions (하 → 한, 햎 → 해피); jamo that match nothing so, across a space (ㅁㅇㅈㅎ → 무음 전화, closeSearch).
(function (shared) {
  "use strict";

  var HANGUL = shared.HANGUL, escapeRegExp = shared.escapeRegExp, occurrences = shared.occurrences;

  // ---- Korean ----
  var SYLLABLE_BASE = 0xAC00;
  var INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
  var FINALS = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";
  var SPLIT_FINALS = {
    "ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ", "ㄼ": "ㄹㅂ", "ㄽ": "ㄹㅅ",
    "ㄾ": "ㄹㅌ", "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ", "ㅄ": "ㅂㅅ"
  };
  // Particles and endings a reader may type after a word; the longest that leaves two syllables is dropped: the
  // copula (먹통이에요, 얼마예요), a verb made a noun (거절하기) or an adjective (이관된 민원, 처리되는), a 하 verb
  // joined to what follows (설명해도, 전화해서) as well.
  var ENDINGS = [
    "에서는", "에게서", "으로는", "이라고", "입니다", "합니다", "했어요", "이에요", "에서", "에게", "한테", "께서",
    "으로", "부터", "까지", "처럼", "보다", "이나", "이랑", "라고", "하다", "해요", "하는", "하고", "하면", "하기",
    "해도", "해서", "해야",
    "되는", "예요", "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과", "도", "만", "랑", "요", "해",
    "한", "된"
  ];

  function hex(code) { return "\\u" + ("000" + code.toString(16)).slice(-4); }
  function range(from, to) { return hex(from) + "-" + hex(to); }

  function initialClass(jamo) {
    var index = INITIALS.indexOf(jamo);
    var first = SYLLABLE_BASE + index * 588;
    return "[" + jamo + range(first, first + 587) + "]";
  }

  function isSyllable(c) { var code = c.charCodeAt(0); return code >= 0xAC00 && code <= 0xD7A3; }

  // The pattern of a Korean term: consonant jamo stand for the syllables they begin; the last syllable may be
  // unfinished (any final consonant may follow, or its final is the next syllable's initial). `apart`: a space
  // may come before and after a jamo (ㅁㅇㅈㅎ finds 무음 전화, 환불ㅅ finds 환불 신청; initialsApart).
  function hangulPattern(term, apart) {
    var pattern = "";
    for (var i = 0; i < term.length; i++) {
      var c = term.charAt(i);
      var last = i === term.length - 1;
      if (apart && i > 0 && (INITIALS.indexOf(c) >= 0 || INITIALS.indexOf(term.charAt(i - 1)) >= 0)) {
        pattern += "\\s?";
      }
      if (INITIALS.indexOf(c) >= 0) {
        pattern += initialClass(c);
      } else if (last && isSyllable(c)) {
        var offset = c.charCodeAt(0) - SYLLABLE_BASE;
        var finalIndex = offset % 28;
        var open = c.charCodeAt(0) - finalIndex;
        if (finalIndex === 0) {
          pattern += "[" + range(open, open + 27) + "]";
        } else {
          var finalJamo = FINALS.charAt(finalIndex);
          var split = SPLIT_FINALS[finalJamo];
          var alternatives = [c];
          if (INITIALS.indexOf(finalJamo) >= 0) {
            alternatives.push(String.fromCharCode(open) + initialClass(finalJamo));
          } else if (split) {
            var keep = FINALS.indexOf(split.charAt(0));
            alternatives.push(String.fromCharCode(open + keep) + initialClass(split.charAt(1)));
          }
          pattern += "(?:" + alternatives.join("|") + ")";
        }
      } else {
        pattern += escapeRegExp(c);
      }
    }
    return new RegExp(pattern, "g");
  }

  // A Korean term without the longest particle or ending that leaves two syllables, or null.
  function hangulStem(term) {
    for (var e = 0; e < ENDINGS.length; e++) {
      var ending = ENDINGS[e];
      if (term.length - ending.length >= 2 && term.slice(-ending.length) === ending) {
        return term.slice(0, term.length - ending.length);
      }
    }
    return null;
  }

  // ---- A Korean verb or adjective as said, in a polite ending (돼요, 끊어요, 몰라요, 들려요, 기다렸어요): its stem
  // (되, 끊, 모르, 들리, 기다리), whose other forms the book may use (안 됨, 끊는, 무슨 말인지 모르겠어요, 잘 안
  // 들리지, 기다리신). ----
  // The vowels a stem ends in, by the vowel its ending -어/-아 contracts with them into (들리 + 어요 = 들려요, 보 +
  // 아요 = 봐요, 주 + 어요 = 줘요, 되 + 어요 = 돼요): ㅕ → ㅣ, ㅘ → ㅗ, ㅝ → ㅜ, ㅙ → ㅚ (medial indexes).
  var CONTRACTED_VOWELS = { 6: 20, 9: 8, 14: 13, 10: 11 };
  var FINAL_SS = 20;
  var FINAL_N = 4;
  var FINAL_L = 8;
  // No Hangul before, after a match: a word of its own.
  var APART = "(?<![\\uac00-\\ud7a3])";
  var APART_AFTER = "(?![\\uac00-\\ud7a3])";
  // The first syllables of the endings after a stem that ends in a consonant (끊는, 끊어, 받기, 받았…); not the
  // adverb's 게 (길어요 is said of a wait, 길게 of how another thing is done: 길게 통화).
  var AFTER_CONSONANT = "어아었았는은을기고지겠습으음다자니네던든";

  function syllable(initial, medial, final) {
    return String.fromCharCode(SYLLABLE_BASE + (initial * 21 + medial) * 28 + final);
  }
  function initialOf(c) { return Math.floor((c.charCodeAt(0) - SYLLABLE_BASE) / 588); }
  function medialOf(c) { return Math.floor((c.charCodeAt(0) - SYLLABLE_BASE) / 28) % 21; }
  function finalOf(c) { return (c.charCodeAt(0) - SYLLABLE_BASE) % 28; }
  function withFinal(c, final) { return syllable(initialOf(c), medialOf(c), final); }

  // A verb said with a contracted ending (잘안들려요, 안봐요) as its stem (잘안들리, 안보); null when it is not one.
  function uncontracted(term) {
    var body = term.slice(-1) === "요" ? term.slice(0, -1) : term;
    var last = body.slice(-1);
    if (body.length < 2 || !isSyllable(last) || finalOf(last) || !(medialOf(last) in CONTRACTED_VOWELS)) return null;
    return body.slice(0, -1) + syllable(initialOf(last), CONTRACTED_VOWELS[medialOf(last)], 0);
  }

  // The stem of a verb or adjective said with a polite ending -어요/-아요, present or past (-었어요), or null: the
  // ending after a consonant dropped (끊어요 → 끊, 늦었어요 → 늦), a contracted vowel opened (돼요 → 되, 들려요 →
  // 들리, 기다렸어요 → 기다리), 르 said as ㄹ라 (몰라요 → 모르), the past's ㅆ taken off (화났어요 → 화나; not 있's:
  // 있어요 → 있); in reported speech, -대요 (들린대요 → 들리, reportedStem). Not a 하 verb (전화해요: the ending is
  // dropped, ENDINGS), nor a word that only ends in 요 (필요, 가요).
  function verbStem(term) {
    if (!/^[\uac00-\ud7a3]{2,}$/.test(term) || term.slice(-1) !== "요") return null;
    var body = term.slice(0, -1);
    if (body.length >= 3 && body.slice(-1) === "대") return reportedStem(body.slice(0, -1));
    var past = false;
    var tense = function (c) { return finalOf(c) === FINAL_SS && c !== "있"; };
    if (body.length >= 2 && body.slice(-1) === "어" && tense(body.charAt(body.length - 2))) body = body.slice(0, -1);
    if (tense(body.slice(-1))) {
      body = body.slice(0, -1) + withFinal(body.slice(-1), 0);
      past = true;
    }
    var last = body.slice(-1);
    var before = body.length >= 2 ? body.charAt(body.length - 2) : "";
    var stem = null;
    var plainEnding = initialOf(last) === 11 && (medialOf(last) === 0 || medialOf(last) === 4) && !finalOf(last);
    if (plainEnding && before && finalOf(before)) {
      stem = body.slice(0, -1);
    } else if (/^[라러]$/.test(last) && before && finalOf(before) === FINAL_L) {
      stem = body.slice(0, -2) + withFinal(before, 0) + "르";
    } else if (!finalOf(last) && medialOf(last) in CONTRACTED_VOWELS) {
      stem = body.slice(0, -1) + syllable(initialOf(last), CONTRACTED_VOWELS[medialOf(last)], 0);
    } else if (past) {
      stem = body;
    }
    return stem && stem.slice(-1) !== "하" && stem.slice(-1) !== "해" ? stem : null;
  }

  // The stem of a verb or adjective said in reported speech, -ㄴ대요, -는대요, -대요, or quoted, -ㄴ다고, -다고 (what
  // the customer says, as staff relay it), from what is before 대 or 다고: 들린 → 들리, 화낸 → 화내, 된 → 되 (-ㄴ after a vowel); 끊는 → 끊;
  // 화났 → 화나, 없 → 없 (the past, a consonant); 바쁘 → 바쁘 (an adjective). Two syllables at least before 대 (반대요,
  // 기대요 are nouns); not a 하 verb (전화한대요), whose noun the texts say otherwise; null for none of these.
  function reportedStem(before) {
    var last = before.slice(-1);
    var stem = before;
    if (last === "는" && before.length >= 2 && finalOf(before.charAt(before.length - 2))) {
      stem = before.slice(0, -1);
    } else if (finalOf(last) === FINAL_N || (finalOf(last) === FINAL_SS && last !== "있")) {
      stem = before.slice(0, -1) + withFinal(last, 0);
    }
    var end = stem.slice(-1);
    return stem.length >= 2 && end !== "하" && end !== "해" && end !== "했" ? stem : null;
  }

  // ---- A verb before 때 or 경우 ("when", "in case"; whenClauses), in the form that runs into them: -ㄹ after a
  // vowel (화낼, 들릴), -을 after a consonant (끊을, 없을) or the past (받았을, 왔을, 화났을), a 하다 or 되다 verb
  // as -할, -될, -했을, -됐을; before 법 or 방법 ("the way to"), -는 (끊는, 달래는, 거절하는). ----
  // Its stem, with which the book's other forms start: 화내, 들리, 끊, 없, 받, 오, 화나; of a 하 or 되 verb, the
  // noun before them (`noun`: 요청할 → 요청, 파손됐을 → 파손); 되다 on its own as 되 (안 될 때: 안 돼요, 안 됨).
  // An empty stem for a verb that says nothing alone (할, 했을, 있을). Null when the word is none of these (식사
  // 때), or one syllable whose ㄹ may be the stem's own (울 때, 길 때: 울다, 길다).
  var LIGHT_ENDINGS = ["하였을", "되었을", "했을", "됐을", "할", "될"];

  // A verb of two syllables or more with 받 after a noun (칭찬받을, 전화받는) is that noun, as one with 하 is (받을
  // alone is the verb); the honorific 시 (나가실, 기다리시는) is left out where two syllables are left.
  function adnominalStem(term) {
    var verb = adnominalAsSaid(term);
    if (!verb || verb.noun || verb.stem.length < 2) return verb;
    var last = verb.stem.slice(-1);
    if (last === "받") return { stem: verb.stem.slice(0, -1), noun: true };
    if (last === "시" && verb.stem.length >= 3) return { stem: verb.stem.slice(0, -1), noun: false };
    return verb;
  }

  function adnominalAsSaid(term) {
    if (!/^[\uac00-\ud7a3]+$/.test(term)) return null;
    if (/^(?:될|됐을|되었을|되는)$/.test(term)) return { stem: "되", noun: false };
    if (term.length >= 2 && term.slice(-1) === "는") {
      var verb = term.slice(0, -1);
      if (verb === "있") return { stem: "", noun: false };
      var light = /[하되]$/.test(verb);
      return { stem: light ? verb.slice(0, -1) : verb, noun: light };
    }
    for (var e = 0; e < LIGHT_ENDINGS.length; e++) {
      var light = LIGHT_ENDINGS[e];
      if (term.slice(-light.length) === light) return { stem: term.slice(0, -light.length), noun: true };
    }
    var last = term.slice(-1);
    if (last === "을" && term.length >= 2) {
      var body = term.slice(0, -1);
      var end = body.slice(-1);
      if (body === "있") return { stem: "", noun: false };
      // The past as a syllable of its own (받았, 끊었), or as the ㅆ of a contracted one (왔 → 오, 걸렸 → 걸리,
      // 났 → 나).
      if (/[았었였]/.test(end) && body.length >= 2) return { stem: body.slice(0, -1), noun: false };
      if (finalOf(end) === FINAL_SS && end !== "있") {
        var open = withFinal(end, 0);
        var medial = medialOf(open);
        var opened = medial in CONTRACTED_VOWELS ? syllable(initialOf(open), CONTRACTED_VOWELS[medial], 0) : open;
        return { stem: body.slice(0, -1) + opened, noun: false };
      }
      return { stem: body, noun: false };
    }
    if (finalOf(last) !== FINAL_L || term.length < 2) return null;
    return { stem: term.slice(0, -1) + withFinal(last, 0), noun: false };
  }

  // The matcher of a verb's stem (adnominalStem): its forms at a word's start (verbPattern: 화나 finds 화난,
  // 화났어요, not 전화나; 끊 finds 끊는, 끊어), as good as a stem found there.
  function stemMatcher(stem) {
    var forms = verbPattern(stem);
    return {
      probes: [],
      pattern: forms,
      certain: true,
      levels: [],
      floor: STEM_AT_START,
      test: function (text) { return holds(forms, text); },
      match: function (text) {
        var ranges = matchesOf(forms, text);
        return ranges.length ? { quality: STEM_AT_START, ranges: ranges } : null;
      }
    };
  }

  // A pattern (global) of a verb stem's forms: after a stem ending in a consonant, the first syllable of an ending
  // (끊 → 끊는, 끊어); one ending in a vowel with any final consonant (기다리 → 기다린, 기다림, 기다립니다) or with
  // its ending contracted (기다려, 기다렸); 르 as ㄹ라, ㄹ러 (모르 → 몰라, 몰랐). A stem of one syllable, which
  // with any final would be another word (되 → 된, but 보 → 본인, 주 → 준비), only contracted (돼, 됐), before 는,
  // and made a noun by ㅁ as a word of its own (되는, 안 됨; not 본, a word of its own too, nor 기본's). Every form
  // starts a word (after a space or anything not Hangul).
  function verbPattern(stem) {
    var last = stem.slice(-1);
    var start = escapeRegExp(stem.slice(0, -1));
    var forms = [];
    var opened = function (c) { return "[" + range(c.charCodeAt(0), c.charCodeAt(0) + 27) + "]"; };
    if (finalOf(last)) {
      forms.push(last + "[" + AFTER_CONSONANT + "]");
    } else if (last === "르" && stem.length >= 2) {
      start = escapeRegExp(stem.slice(0, -2));
      forms.push(withFinal(stem.charAt(stem.length - 2), FINAL_L) + "[라랐러렀]", stem.slice(-2));
    } else {
      var medial = medialOf(last);
      for (var contracted in CONTRACTED_VOWELS) {
        if (CONTRACTED_VOWELS[contracted] === medial) forms.push(opened(syllable(initialOf(last), +contracted, 0)));
      }
      if (stem.length >= 2) forms.push(opened(last));
      else forms.push(last + "는", APART + withFinal(last, 16) + APART_AFTER);
    }
    // At a word's start: 화나 said as 화났어요 is not the 화나 of 전화나.
    return new RegExp(APART + start + "(?:" + forms.join("|") + ")", "g");
  }

  // Whether a Korean word starts at `at`: the text's start, or after anything not Hangul (SearchKeys' `starts`).
  function atWordStart(text, at) { return at === 0 || !HANGUL.test(text.charAt(at - 1)); }

  // The occurrences of a Korean term or stem found at a word's start, with quality `start`, else all of them with
  // quality `inside`, or null: 화가 나다 is what 화가 looks for, 전화가 only holds it.
  function startsFirst(text, ranges, start, inside) {
    if (!ranges.length) return null;
    var starting = ranges.filter(function (range) { return atWordStart(text, range[0]); });
    return starting.length ? { quality: start, ranges: starting } : { quality: inside, ranges: ranges };
  }

  // The qualities of a Korean match (keyPlan's levels give the same): the term at a word's start, its stem there,
  // the term inside a word, its stem there; then the typing pattern's 1.
  var TERM_AT_START = 2;
  var STEM_AT_START = 1.5;
  var TERM_INSIDE = 1.25;
  var STEM_INSIDE = 1.1;

  // A verb said with a polite ending also matches its stem's other forms (verbStem, verbPattern), as well as its
  // stem after a particle.
  function hangulMatcher(term) {
    var stem = hangulStem(term);
    var typing = hangulPattern(term);
    var verb = verbStem(term);
    var forms = verb ? verbPattern(verb) : null;
    return {
      probes: stem ? [stem] : [],
      pattern: forms ? new RegExp(typing.source + "|" + forms.source, "g") : typing,
      certain: term.indexOf("\uffff") < 0,
      levels: stem ? [[term, TERM_AT_START], [stem, STEM_AT_START]] : [[term, TERM_AT_START]],
      floor: forms ? STEM_AT_START : 1,
      test: function (text) {
        if (text.indexOf(term) >= 0 || (stem && text.indexOf(stem) >= 0)) return true;
        return holds(typing, text) || (!!forms && holds(forms, text));
      },
      match: function (text) {
        var terms = startsFirst(text, occurrences(text, term), TERM_AT_START, TERM_INSIDE);
        if (terms && terms.quality === TERM_AT_START) return terms;
        var stems = stem ? startsFirst(text, occurrences(text, stem), STEM_AT_START, STEM_INSIDE) : null;
        if (stems && stems.quality === STEM_AT_START) return stems;
        var said = forms ? startsFirst(text, matchesOf(forms, text), STEM_AT_START, STEM_INSIDE) : null;
        if (said && said.quality === STEM_AT_START) return said;
        if (terms || stems || said) return terms || stems || said;
        var ranges = matchesOf(typing, text);
        return ranges.length ? { quality: 1, ranges: ranges } : null;
      }
    };
  }

  // Whether a global `pattern` matches `text`.
  function holds(pattern, text) {
    pattern.lastIndex = 0;
    return pattern.test(text);
  }

  // The ranges of every match of a global `pattern` in `text`.
  function matchesOf(pattern, text) {
    var ranges = [];
    pattern.lastIndex = 0;
    var found;
    while ((found = pattern.exec(text))) ranges.push([found.index, found.index + found[0].length]);
    return ranges;
  }

  shared.SYLLABLE_BASE = SYLLABLE_BASE; shared.INITIALS = INITIALS; shared.FINALS = FINALS;
  shared.SPLIT_FINALS = SPLIT_FINALS; shared.ENDINGS = ENDINGS; shared.range = range; shared.isSyllable = isSyllable;
  shared.hangulPattern = hangulPattern; shared.hangulStem = hangulStem; shared.TERM_AT_START = TERM_AT_START;
  shared.STEM_AT_START = STEM_AT_START; shared.TERM_INSIDE = TERM_INSIDE; shared.STEM_INSIDE = STEM_INSIDE;
  shared.hangulMatcher = hangulMatcher; shared.reportedStem = reportedStem; shared.matchesOf = matchesOf;
  shared.uncontracted = uncontracted;
  shared.verbStem = verbStem; shared.adnominalStem = adnominalStem; shared.stemMatcher = stemMatcher;
  shared.finalOf = finalOf; shared.withFinal = withFinal; shared.FINAL_L = FINAL_L;
})(window.phrasebookSearch);
