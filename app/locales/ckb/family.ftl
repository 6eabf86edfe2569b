### The words on the child's screens that differ for a parent or carer: Welsh addresses an adult
### as "chi" (a test checks that none says "ti"). Each one has a twin in child.ftl
### (`for_adults` in app/src/i18n/mod.rs pairs them). Easy read too: 15 words or fewer a sentence.
### کوردی سۆرانی (Central Kurdish, Sorani). Speaks to the adult politely, as "ئێوە".
### Draft, not reviewed by a qualified translator. app/locales/README.md explains the syntax.

## Help for adults (the panel on parents' and carers' screens)

help-adult-danger = ئەگەر منداڵێک ئێستا لە مەترسیدایە، پەیوەندی بە 999 بکەن.
help-samaritans = پێویستتان بەوەیە ئێستا لەگەڵ کەسێک قسە بکەن؟ Samaritans شەو و ڕۆژ گوێ دەگرن. بێ پارەیە.
help-call-samaritans = پەیوەندی بە Samaritans بکەن: 116 123
help-call-samaritans-welsh = Samaritans بە زمانی وێلزی: 0808 164 0123

## The way in and the review

my-review-when-adult = کۆبوونەوەی پێداچوونەوەی { $name } لە { $when } دەبێت.
give-your-views = بۆچوونی خۆتان بڵێن
see-what-you-sent = ئەوەی ناردووتانە ببینن
adult-form-carry-on = بەردەوام بن
adult-my-review-title = پێداچوونەوەکەتان

## The same screens as a child's, in the words for an adult

adult-check-saved = هەڵبژاردنەکانتان پاشەکەوت کران.
adult-secret-phrase-again = دووبارە بینووسنەوە
adult-unlock-go = چوونە ژوورەوە
adult-form-later-saved = هەموو ئەوەی وتتان پاشەکەوت کراوە.
adult-form-later-return = بۆ گەڕانەوە، بەستەر یان کۆدەکەتان بەکاربهێنن. پاشان ڕستە نهێنییەکەتان بنووسن.
adult-advocacy-from = داکۆکیکارانی ناوچەکەتان لەلایەن { $provider } دابین دەکرێن.
adult-advocacy-reference = ژمارەی داواکارییەکەتان: { $reference }.
adult-done-what-you-said = ئەوەی وتتان
adult-done-add-until = دەتوانن تا { $date } زیاتر زیاد بکەن.
adult-add-more-label = شتێکی تر زیاد بکەن
adult-check-nothing = هێشتا هیچتان نەنووسیوە. ئەوە کێشە نییە.
adult-form-progress = پێشکەوتنەکەتان
adult-form-offline = ئینتەرنێت نییە. وەڵامەکانتان لەسەر ئەم ئامێرە هەڵگیراون. کاتێک ئینتەرنێت گەڕایەوە، پاشەکەوت دەکرێن.
adult-secret-phrase-short = ڕستە نهێنییەکەتان دەبێت 8 پیت یان زیاتر بێت.
adult-secret-phrase-long = ڕستە نهێنییەکەتان زۆر درێژە. کەمتر لە 200 پیت بەکاربهێنن.
adult-secret-phrase-differ = دوو ڕستەکە وەک یەک نین. دووبارە بینووسنەوە.
adult-unlock-wrong = ئەوە ڕاست نەبوو. دووبارە هەوڵ بدەنەوە.
adult-unlock-locked = ڕستە نهێنییەکەتان داخراوە. تکایە بۆ کردنەوەی، پەیوەندی بە تیمی پێداچوونەوە بکەن.
adult-consult-too-long = ئەمە زۆر درێژە. تکایە لە { $limit } پیت کەمتر بێت، یان دوای ناردن زیاتر زیاد بکەن.
adult-consult-not-a-choice = تکایە یەکێک لەو وەڵامانە هەڵبژێرن کە پیشان دراون.
adult-add-more-empty = شتێک بنووسن بۆ زیادکردن، یان وازی لێ بهێنن.
adult-add-more-closed = ئێستا درەنگە بۆ زیادکردن پێش ئەم کۆبوونەوەیە. دەتوانن لە کۆبوونەوەکەدا بە IRO بڵێن.
adult-add-more-saved = زیادمان کرد. IRO دەیبینێت.
adult-advocacy-asked = داوا لە داکۆکیکارێک دەکەین پەیوەندیتان پێوە بکات.
adult-consult-already-sent = پێشتر ئەمەتان ناردووە. دەتوانن لە خوارەوە زیاتر زیاد بکەن.
adult-form-retrying = هێشتا پاشەکەوت نەکراوە. وەڵامەکانتان لەسەر ئەم ئامێرە هەڵگیراون. دووبارە هەوڵ دەدەینەوە…
adult-form-signed-out = وەڵامەکانتان لەسەر ئەم ئامێرە هەڵگیراون. بۆ پاشەکەوتکردنیان، دووبارە بەستەر یان کۆدەکەتان بکەنەوە.
