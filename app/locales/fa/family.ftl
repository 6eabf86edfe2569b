### The words on the child's screens that differ for a parent or carer: Persian addresses an adult
### as "شما" (polite), like Welsh "chi". Each one has a twin in child.ftl
### (`for_adults` in app/src/i18n/mod.rs pairs them). Easy read too: 15 words or fewer a sentence.
### فارسی (Persian). app/locales/README.md explains the syntax.

## Help for adults (the panel on parents' and carers' screens)

help-adult-danger = اگر کودکی همین حالا در خطر است، به 999 زنگ بزنید.
help-samaritans = می‌خواهید همین حالا با کسی حرف بزنید؟ Samaritans شب و روز به شما گوش می‌دهند. رایگان است.
help-call-samaritans = به Samaritans زنگ بزنید: 116 123
help-call-samaritans-welsh = Samaritans به زبان ولزی: 0808 164 0123

## The way in and the review

my-review-when-adult = جلسه‌ی بررسی وضعیت { $name } روز { $when } است.
give-your-views = نظرتان را بگویید
see-what-you-sent = دیدن چیزهایی که فرستادید
adult-form-carry-on = ادامه دهید
adult-my-review-title = جلسه‌ی بررسی شما

## The same screens as a child's, in the words for an adult

adult-check-saved = انتخاب‌های شما ذخیره شد.
adult-secret-phrase-again = دوباره بنویسید
adult-unlock-go = بگذارید وارد شوم
adult-form-later-saved = همه‌ی چیزهایی که گفتید ذخیره شده است.
adult-form-later-return = برای برگشتن، از لینک یا کد خود استفاده کنید. بعد جمله‌ی رمز خود را بنویسید.
adult-advocacy-from = حامی‌های منطقه‌ی شما از { $provider } هستند.
adult-advocacy-reference = شماره‌ی درخواست شما { $reference } است.
adult-done-what-you-said = چیزهایی که گفتید
adult-done-add-until = تا { $date } می‌توانید چیزهای بیشتری اضافه کنید.
adult-add-more-label = چیز دیگری اضافه کنید
adult-check-nothing = هنوز چیزی ننوشته‌اید. اشکالی ندارد.
adult-form-progress = پیشرفت شما
adult-form-offline = اینترنت وصل نیست. جواب‌های شما روی این دستگاه نگه داشته می‌شوند. وقتی اینترنت وصل شد، ذخیره می‌شوند.
adult-secret-phrase-short = جمله‌ی رمز شما باید 8 حرف یا بیشتر باشد.
adult-secret-phrase-long = جمله‌ی رمز شما خیلی طولانی است. کمتر از 200 حرف بنویسید.
adult-secret-phrase-differ = این دو جمله یکی نیستند. دوباره بنویسید.
adult-unlock-wrong = درست نبود. دوباره امتحان کنید.
adult-unlock-locked = جمله‌ی رمز شما قفل شده است. لطفاً برای باز کردنش به تیم بررسی زنگ بزنید.
adult-consult-too-long = خیلی طولانی است. لطفاً کمتر از { $limit } حرف بنویسید، یا بعد از فرستادن، بیشتر اضافه کنید.
adult-consult-not-a-choice = لطفاً یکی از جواب‌هایی را که می‌بینید انتخاب کنید.
adult-add-more-empty = اگر می‌خواهید چیزی اضافه کنید، آن را بنویسید. اگر نه، اشکالی ندارد.
adult-add-more-closed = برای اضافه کردن پیش از این جلسه دیر شده است. می‌توانید در جلسه به IRO بگویید.
adult-add-more-saved = اضافه‌اش کردیم. IRO آن را می‌بیند.
adult-advocacy-asked = از یک حامی می‌خواهیم که با شما تماس بگیرد.
adult-consult-already-sent = این را قبلاً فرستاده‌اید. می‌توانید پایین‌تر چیزهای بیشتری اضافه کنید.
adult-form-retrying = هنوز ذخیره نشده. جواب‌های شما روی این دستگاه نگه داشته می‌شوند. دوباره امتحان می‌کنیم…
adult-form-signed-out = جواب‌های شما روی این دستگاه نگه داشته می‌شوند. برای ذخیره‌شان، دوباره لینک خود را باز کنید یا کد خود را بنویسید.
