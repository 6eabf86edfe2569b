### Every word on the screens a child or young person sees (the way in, the secret, the
### form, help now). Easy read: every sentence 15 words or fewer (a test checks). Welsh speaks
### to the child as "ti" and spells "you can" as "gelli" (a test checks). Parents and carers
### see these screens too; where their words differ, they are in family.ftl.
### کوردی سۆرانی (Central Kurdish, Sorani). Speaks to the child as "تۆ". Draft, not reviewed
### by a qualified translator. app/locales/README.md explains the syntax.

## Help now: the panel on every child screen, and the help page

help-now-title = یارمەتیی خێرا
help-now-intro = دەتوانیت ئێستا لەگەڵ کەسێک قسە بکەیت. بێ پارەیە.
help-danger = ئێستا لە مەترسیدایت؟ پەیوەندی بە 999 بکە.
help-meic = Meic: پەیوەندی بە 080880 23456 بکە، یان پەیامی کورت بنێرە بۆ 84001. لە 8ی بەیانییەوە تا نیوەشەو کراوەیە.
help-meic-web = Meic چاتی ئینتەرنێتیشی هەیە.
help-childline = Childline: پەیوەندی بە 0800 1111 بکە.
help-call999 = پەیوەندی بە 999 بکە
help-call-meic = پەیوەندی بە Meic بکە
help-text-meic = پەیامی کورت بۆ Meic بنێرە
help-call-childline = پەیوەندی بە Childline بکە

## The way in: a code or link, then the review

landing-type-code = کۆدەکەت بنووسە
entry-title = دەستپێکردن
entry-code-label = کۆدەکەت
entry-code-hint = وەک ACD7F-GH3KM وایە. پێویست ناکات پیتی گەورە بنووسیت.
entry-start = دەست پێ بکە
entry-not-working = ببورە، ئەو کۆد یان بەستەرە کاری نەکرد. لەوانەیە کۆن بێت، یان هەڵەی نووسینی تێدا بێت. تکایە دووبارە سەیری بکە، یان داوای یارمەتی بکە.
entry-code-missing = ئەو کۆدە بنووسە کە لە نامەکەتدایە.
entry-too-many = زۆر جار هەوڵت دا. تکایە { $minutes } خولەک چاوەڕێ بکە، یان داوای یارمەتی بکە.
entry-try-code = لەبری ئەوە کۆدێک بنووسە
entry-ask-heading = کێ دەتوانێت یارمەتیت بدات
entry-hello = سڵاو { $name }!
entry-leave = بۆ ئێستا کۆتایی پێ بهێنە
entry-left = بۆ ئێستا کۆتاییت پێ هێنا. بۆ گەڕانەوە، بەستەر یان کۆدەکەت بەکاربهێنە.
my-review-title = پێداچوونەوەکەت
my-review-when-child = کۆبوونەوەی پێداچوونەوەکەت لە { $when } دەبێت.
my-review-from = ئەم پێداچوونەوەیە لەلایەن { $council } بەڕێوە دەبرێت.
my-review-questions = پرسیارت هەیە؟ پەیوەندی بە تیمی پێداچوونەوە بکە:

## Making and using a secret

secret-pick-three = ڕێک 3 وێنە هەڵبژێرە.
secret-phrase-short = ڕستە نهێنییەکەت دەبێت 8 پیت یان زیاتر بێت.
secret-phrase-long = ڕستە نهێنییەکەت زۆر درێژە. کەمتر لە 200 پیت بەکاربهێنە.
secret-phrase-differ = دوو ڕستەکە وەک یەک نین. دووبارە بینووسەوە.
secret-phrase-label = ڕستەی نهێنی
secret-phrase-again = دووبارە بینووسەوە
secret-pictures-legend = 3 وێنە هەڵبژێرە
secret-use-pictures = وێنەکانم پاشەکەوت بکە
secret-use-phrase = ڕستەکەم پاشەکەوت بکە
unlock-wrong = ئەوە ڕاست نەبوو. دووبارە هەوڵ بدەوە.
unlock-locked = نهێنییەکەت داخراوە. داوا لە چاودێرەکەت یان لە IRO بکە یارمەتیت بدات.
unlock-go = چوونە ژوورەوە
child-secret-title = نهێنییەکەت دروست بکە
child-unlock-title = بەخێربێیتەوە

## Asking for an advocate

advocacy-asked = داوا لە داکۆکیکارێک دەکەین پەیوەندیت پێوە بکات.
advocacy-from = داکۆکیکارانی ناوچەکەت لەلایەن { $provider } دابین دەکرێن.
advocacy-reference = ژمارەی داواکارییەکەت: { $reference }.
child-advocacy-title = داکۆکیکارێکت دەوێت؟

## Messages to the IRO

message-pick-kind = هەڵبژێرە پەیامەکەت دەربارەی چییە.
message-sent = پەیامەکەت بۆ IRO نێردرا.
message-sent-on = نێردرا لە { $date }
message-not-read-yet = هێشتا نەخوێنراوەتەوە
messages-sent-heading = ئەو پەیامانەی ناردووتن
tell-my-iro = بە IRO بڵێ

## Giving views: the form, checking, adding more, done

check-change-answers = وەڵامەکانم بگۆڕە
consult-too-long = ئەمە زۆر درێژە. تکایە لە { $limit } پیت کەمتر بێت، یان دوای ناردن زیاتر زیاد بکە.
consult-not-a-choice = تکایە یەکێک لەو وەڵامانە هەڵبژێرە کە پیشان دراون.
consult-already-sent = پێشتر ئەمەت ناردووە. دەتوانیت لە خوارەوە زیاتر زیاد بکەیت.
check-saved = هەڵبژاردنەکانت پاشەکەوت کران.
check-save-choices = ئەم هەڵبژاردنانە پاشەکەوت بکە
check-nothing = هێشتا هیچت لێرە نەنووسیوە. ئەوە کێشە نییە.
add-more-label = شتێکی تر زیاد بکە
add-more-send = ئەمە زیاد بکە
add-more-closed = ئێستا درەنگە بۆ زیادکردن پێش ئەم کۆبوونەوەیە. دەتوانیت لە کۆبوونەوەکەدا بە IRO بڵێیت.
add-more-empty = شتێک بنووسە بۆ زیادکردن، یان وازی لێ بهێنە.
add-more-saved = زیادمان کرد. IRO دەیبینێت.
added-on = زیادکرا لە { $date }
done-meeting = کۆبوونەوەکەت لە { $date } دەبێت.
done-add-until = دەتوانیت تا { $date } زیاتر زیاد بکەیت.
done-what-you-said = ئەوەی وتت
form-later-title = بۆ دواتر پاشەکەوت کرا
form-later-saved = هەموو ئەوەی وتت پاشەکەوت کراوە.
form-later-return = بۆ گەڕانەوە، بەستەر یان کۆدەکەت بەکاربهێنە. پاشان نهێنییەکەت بەکاربهێنە.
form-carry-on = بەردەوام بە
form-start = دەست پێ بکە
form-see-what-i-said = ئەوەی وتم ببینە
form-progress = پێشکەوتنەکەت
form-part = بەشی { $n } لە { $total }
form-done = تەواو بوو
form-here = تۆ لێرەیت
form-your-answer = وەڵامەکەت
form-not-safe-help = ئەگەر هەست بە سەلامەتی ناکەیت، ئەم دوگمەیە دابگرە.
form-talk-to-advocate = لەگەڵ داکۆکیکارێک قسە بکە
form-retrying = هێشتا پاشەکەوت نەکراوە. وەڵامەکانت لەسەر ئەم ئامێرە هەڵگیراون. دووبارە هەوڵ دەدەینەوە…
form-signed-out = وەڵامەکانت لەسەر ئەم ئامێرە هەڵگیراون. بۆ پاشەکەوتکردنیان، دووبارە بەستەر یان کۆدەکەت بکەرەوە.
form-saving = پاشەکەوت دەکرێت…
form-saved = پاشەکەوت کرا
form-offline = ئینتەرنێت نییە. وەڵامەکانت لەسەر ئەم ئامێرە هەڵگیراون. کاتێک ئینتەرنێت گەڕایەوە، پاشەکەوت دەکرێن.
safe-duty-number = تیمی نۆبەدار: { $name }، { $phone }
safe-not-signed-in = ئەگەر سەلامەت نیت، پەیوەندی بە 999 بکە، یان لەگەڵ یەکێک لەمانەی خوارەوە قسە بکە.
child-welcome-title = بەخێربێیت
child-about-title = ئەمە چییە؟
child-check-title = سەیری ئەوە بکە کە وتت
child-done-title = سوپاس کە پێت وتین
child-safe-title = وتت هەست بە سەلامەتی ناکەیت
child-form-title = بۆچوونەکانت
listen = گوێ بگرە
sharing-private-tag = تەنها بۆ IRO
sharing-share-tag = دەکرێت باسی بکرێت

## Say it or draw it: why a recording or a drawing was not kept

err-media-wrong-voice = ناتوانین ئەمە لێبدەین. تکایە تۆمارێکی دەنگی بنێرە.
err-media-wrong-drawing = ناتوانین ئەمە نیشان بدەین. تکایە وێنەیەک بنێرە.
err-media-empty = ئەمە بەتاڵ بوو. تکایە دووبارە هەوڵ بدەوە.
err-media-silent = هیچمان نەبیست. تکایە دووبارە هەوڵ بدەوە.
err-media-too-big = ئەمە زۆر گەورەیە. تکایە یەکێکی کورتتر یان بچووکتر بنێرە.
err-media-damaged = ئەمە بە تەواوی نەگەیشت. تکایە دووبارە هەوڵ بدەوە.
