### Every word on the screens a child or young person sees (the way in, the secret, the
### form, help now). Easy read: every sentence 15 words or fewer (a test checks). Persian speaks
### to the child as "تو" (informal), like Welsh "ti". Parents and carers
### see these screens too; where their words differ, they are in family.ftl.
### فارسی (Persian). app/locales/README.md explains the syntax.

## Help now: the panel on every child screen, and the help page

help-now-title = کمک فوری
help-now-intro = همین حالا می‌توانی با کسی حرف بزنی. رایگان است.
help-danger = همین حالا در خطر هستی؟ به 999 زنگ بزن.
help-meic = خط کمک Meic: به 080880 23456 زنگ بزن، یا به 84001 پیام کوتاه بفرست. از ساعت 8 صبح تا نیمه‌شب باز است.
help-meic-web = در Meic می‌توانی در اینترنت هم چت کنی.
help-childline = خط کمک Childline: به 0800 1111 زنگ بزن.
help-call999 = به 999 زنگ بزن
help-call-meic = به Meic زنگ بزن
help-text-meic = به Meic پیام بفرست
help-call-childline = به Childline زنگ بزن

## The way in: a code or link, then the review

landing-type-code = کدت را بنویس
entry-title = شروع
entry-code-label = کد تو
entry-code-hint = شبیه ACD7F-GH3KM است. لازم نیست حروف بزرگ بنویسی.
entry-start = شروع
entry-not-working = ببخشید، این کد یا لینک کار نکرد. شاید قدیمی باشد، یا اشتباه نوشته شده باشد. لطفاً دوباره نگاهش کن، یا از کسی کمک بخواه.
entry-code-missing = کدی را که در نامه‌ات هست بنویس.
entry-too-many = خیلی زیاد امتحان کردی. لطفاً { $minutes } دقیقه صبر کن، یا از کسی کمک بخواه.
entry-try-code = به جایش کد را بنویس
entry-ask-heading = چه کسی می‌تواند کمک کند
entry-hello = سلام { $name }!
entry-leave = فعلاً تمام کن
entry-left = فعلاً تمام کردی. برای برگشتن، از لینک یا کدت استفاده کن.
my-review-title = جلسه‌ی بررسی تو
my-review-when-child = جلسه‌ی بررسی تو روز { $when } است.
my-review-from = این بررسی را { $council } برگزار می‌کند.
my-review-questions = سؤالی داری؟ با تیم بررسی تماس بگیر:

## Making and using a secret

secret-pick-three = دقیقاً 3 عکس انتخاب کن.
secret-phrase-short = جمله‌ی رمز تو باید 8 حرف یا بیشتر باشد.
secret-phrase-long = جمله‌ی رمز تو خیلی طولانی است. کمتر از 200 حرف بنویس.
secret-phrase-differ = این دو جمله یکی نیستند. دوباره بنویسش.
secret-phrase-label = جمله‌ی رمز
secret-phrase-again = دوباره بنویسش
secret-pictures-legend = 3 عکس انتخاب کن
secret-use-pictures = عکس‌هایم را ذخیره کن
secret-use-phrase = جمله‌ام را ذخیره کن
unlock-wrong = درست نبود. دوباره امتحان کن.
unlock-locked = رمز تو قفل شده است. از سرپرستت یا IRO خودت کمک بخواه.
unlock-go = بگذار وارد شوم
child-secret-title = رمزت را بساز
child-unlock-title = دوباره خوش آمدی

## Asking for an advocate

advocacy-asked = از یک حامی می‌خواهیم که با تو تماس بگیرد.
advocacy-from = حامی‌های منطقه‌ی تو از { $provider } هستند.
advocacy-reference = شماره‌ی درخواست تو { $reference } است.
child-advocacy-title = یک حامی می‌خواهی؟

## Messages to the IRO

message-pick-kind = انتخاب کن پیامت درباره‌ی چیست.
message-sent = پیامت برای IRO تو فرستاده شد.
message-sent-on = فرستاده شده در { $date }
message-not-read-yet = هنوز خوانده نشده
messages-sent-heading = پیام‌هایی که فرستادی
tell-my-iro = به IRO خودم بگویم

## Giving views: the form, checking, adding more, done

check-change-answers = جواب‌هایم را تغییر بده
consult-too-long = خیلی طولانی است. لطفاً کمتر از { $limit } حرف بنویس، یا بعد از فرستادن، بیشتر اضافه کن.
consult-not-a-choice = لطفاً یکی از جواب‌هایی را که می‌بینی انتخاب کن.
consult-already-sent = این را قبلاً فرستاده‌ای. می‌توانی پایین‌تر چیزهای بیشتری اضافه کنی.
check-saved = انتخاب‌هایت ذخیره شد.
check-save-choices = این انتخاب‌ها را ذخیره کن
check-nothing = هنوز اینجا چیزی ننوشته‌ای. اشکالی ندارد.
add-more-label = چیز دیگری اضافه کن
add-more-send = این را اضافه کن
add-more-closed = برای اضافه کردن پیش از این جلسه دیر شده است. می‌توانی در جلسه به IRO خودت بگویی.
add-more-empty = اگر می‌خواهی چیزی اضافه کنی، آن را بنویس. اگر نه، اشکالی ندارد.
add-more-saved = اضافه‌اش کردیم. IRO تو آن را می‌بیند.
added-on = اضافه شده در { $date }
done-meeting = جلسه‌ی تو روز { $date } است.
done-add-until = تا { $date } می‌توانی چیزهای بیشتری اضافه کنی.
done-what-you-said = چیزهایی که گفتی
form-later-title = برای بعد ذخیره شد
form-later-saved = همه‌ی چیزهایی که گفتی ذخیره شده است.
form-later-return = برای برگشتن، از لینک یا کدت استفاده کن. بعد رمزت را وارد کن.
form-carry-on = ادامه بده
form-start = شروع
form-see-what-i-said = دیدن چیزهایی که گفتم
form-progress = پیشرفت تو
form-part = بخش { $n } از { $total }
form-done = تمام شده
form-here = اینجا هستی
form-your-answer = جواب تو
form-not-safe-help = اگر احساس امنیت نمی‌کنی، این دکمه را بزن.
form-talk-to-advocate = با یک حامی حرف بزن
form-retrying = هنوز ذخیره نشده. جواب‌هایت روی این دستگاه نگه داشته می‌شوند. دوباره امتحان می‌کنیم…
form-signed-out = جواب‌هایت روی این دستگاه نگه داشته می‌شوند. برای ذخیره‌شان، دوباره لینکت را باز کن یا کدت را بنویس.
form-saving = در حال ذخیره…
form-saved = ذخیره شد
form-offline = اینترنت وصل نیست. جواب‌هایت روی این دستگاه نگه داشته می‌شوند. وقتی اینترنت وصل شد، ذخیره می‌شوند.
safe-duty-number = تیم کشیک: { $name }، { $phone }
safe-not-signed-in = اگر در امان نیستی، به 999 زنگ بزن. یا با یکی از کسانی که پایین‌تر آمده‌اند حرف بزن.
child-welcome-title = خوش آمدی
child-about-title = این چیست؟
child-check-title = آنچه گفتی را دوباره ببین
child-done-title = ممنون که به ما گفتی
child-safe-title = گفتی که احساس امنیت نمی‌کنی
child-form-title = نظر تو
listen = گوش بده
sharing-private-tag = فقط برای IRO تو
sharing-share-tag = می‌شود درباره‌اش حرف زد

## Say it or draw it: why a recording or a drawing was not kept

err-media-wrong-voice = نمی‌توانیم این را پخش کنیم. لطفاً یک صدای ضبط‌شده بفرست.
err-media-wrong-drawing = نمی‌توانیم این را نشان دهیم. لطفاً یک تصویر بفرست.
err-media-empty = این خالی بود. لطفاً دوباره امتحان کن.
err-media-silent = چیزی شنیده نشد. لطفاً دوباره امتحان کن.
err-media-too-big = این خیلی بزرگ است. لطفاً یکی کوتاه‌تر یا کوچک‌تر بفرست.
err-media-damaged = این کامل نرسید. لطفاً دوباره امتحان کن.
