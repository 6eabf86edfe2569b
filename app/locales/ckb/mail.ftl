### Email and the printed invitation letter. Emails are plain text and hold a first name and
### a link at most: nothing else personal.
### کوردی سۆرانی (Central Kurdish, Sorani). Draft, not reviewed by a qualified translator.
### app/locales/README.md explains the syntax.

## The printed invitation letter (in the recipient's language)

letter-hello = سڵاو { $name }!
letter-child-intro = کۆبوونەوەی پێداچوونەوەکەت لە { $when } دەبێت.
letter-adult-intro = بانگهێشت کراون بۆ کۆبوونەوەی پێداچوونەوەی { $name }. کۆبوونەوەکە لە { $when } دەبێت.
letter-views = دەتوانن پێش کۆبوونەوەکە بیروڕای خۆتانمان پێ بڵێن.
letter-scan = بە کامێرای مۆبایل، ئەم چوارگۆشەیە سکان بکەن.
letter-type-code = یان بچنە سەر { $address } و ئەم کۆدە بنووسن:
letter-code-works-until = ئەم کۆدە تا { $date } کار دەکات.
letter-qr-label = کۆدی QR کە بانگهێشتنامەکەتان دەکاتەوە
letter-help = یارمەتیتان دەوێت؟ داوا لە چاودێرەکەتان بکەن، یان پەیوەندیمان پێوە بکەن: { $contact }.
letter-help-no-contact = یارمەتیتان دەوێت؟ داوا لە چاودێرەکەتان یان کارمەندی کۆمەڵایەتییەکەتان بکەن.
letter-other-language = ئەم نامەیە بە کوردی سۆرانیش هەیە: کۆدەکە بنووسن، پاشان «کوردی سۆرانی» هەڵبژێرن.

## Email to children, parents and carers (plain text: a first name and a link, nothing else personal)

mail-hello = سڵاو { $name }،
mail-invite-subject = Heard: بانگهێشت کراون بۆ دەربڕینی بۆچوونەکانتان
mail-invite-body = بانگهێشت کراون بۆ ئەوەی پێش کۆبوونەوەیەکی پێداچوونەوە، بۆچوونەکانتان بڵێن.
mail-changed-subject = Heard: کۆبوونەوەی پێداچوونەوە گۆڕا
mail-changed-body = ڕێکەوت، کات یان ڕێکخستنەکانی کۆبوونەوەی پێداچوونەوە گۆڕاون.
mail-cancelled-subject = Heard: کۆبوونەوەی پێداچوونەوە هەڵوەشێنرایەوە
mail-cancelled-body = ئەو کۆبوونەوەی پێداچوونەوەیەی بۆی بانگهێشت کرابوون، هەڵوەشێنرایەوە. ئەنجومەنەکەتان پەیوەندیتان پێوە دەکات.
mail-reminder-subject = Heard: بیرخستنەوەیەک بۆ دەربڕینی بۆچوونەکانتان
mail-reminder-body = هێشتا کات ماوە بۆ ئەوەی پێش کۆبوونەوەی پێداچوونەوە، بۆچوونەکانتان بڵێن.
mail-letter-subject = Heard: نامەیەک لەلایەن IRO
mail-letter-body = IRO دەربارەی کۆبوونەوەی پێداچوونەوەکەتان نامەیەکی بۆتان نووسیوە. بۆ خوێندنەوەی، بەستەرەکەتان بکەنەوە. پێویستتان بە نهێنییەکەتان دەبێت.
mail-open-link = بەستەرەکەتان بکەنەوە:
mail-link-private = ئەم بەستەرە تەنها بۆ ئێوەیە. تکایە بە کەسی تری مەدەن.
mail-ignore = ئەگەر چاوەڕێی ئەم پەیامەتان نەدەکرد، دەتوانن پشتگوێی بخەن.
mail-other-language = ئەم خزمەتگوزارییە بە کوردی سۆرانیش بەردەستە.

## Email to staff (no personal details)

mail-alert-subject = Heard: ئاگادارکردنەوەی بەپەلە دەربارەی منداڵێک کە پێداچوونەوەی بۆ دەکەن
mail-alert-body = منداڵێک وتوویەتی هەست بە سەلامەتی ناکات. ئێستا Heard بکەنەوە بۆ ئەوەی بزانن کێیە و کار بکەن:
mail-duty-alert-body = منداڵێک وتوویەتی هەست بە سەلامەتی ناکات. IRO ی منداڵەکە ئاگادار کراوەتەوە. تکایە ئێستا پەیوەندی بە تیمی پێداچوونەوە بکەن:
mail-advocacy-subject = Heard: داواکارییەک بۆ داکۆکیکار
mail-parent-advocacy-body = دایک یان باوکی منداڵێکی ژێر چاودێری داوای داکۆکیکارێکی بۆ خۆی کردووە. تکایە پەیوەندی بە تیمی پێداچوونەوە بکەن و ئاماژە بە ژمارەی { $reference } بکەن:
mail-advocacy-body = منداڵێک یان گەنجێک داوای داکۆکیکارێکی کردووە. تکایە پەیوەندی بە تیمی پێداچوونەوە بکەن و ئاماژە بە ژمارەی { $reference } بکەن:
mail-message-subject = Heard: پەیامێک لە منداڵێکەوە کە پێداچوونەوەی بۆ دەکەن
mail-message-body = منداڵێک پەیامێکی بۆتان ناردووە. بۆ خوێندنەوەی، Heard بکەنەوە:
mail-staff-footer = ئەم پەیامە هیچ زانیارییەکی کەسیی تێدا نییە. بۆ بینینیان، بچنە ناو Heard.
