# python:3.12 is the full Debian image with compilers
# expect: DF002
FROM python:3.12
COPY app.py /app.py
CMD ["python", "/app.py"]
